import fc from 'fast-check';

/** Building blocks of the parity test's generators. */

/**
 * fast-check builds records with a null prototype. kubectl would send them like any object, but
 * the oracle only takes plain objects as JSON data, so generated manifests are made plain.
 */
export const plainJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A valid value most of the time, an invalid one now and then. */
export function pick<T>(valid: readonly T[], invalid: readonly T[] = []): fc.Arbitrary<T> {
  const good = fc.constantFrom(...valid);
  if (invalid.length === 0) return good;
  return fc.oneof(
    { weight: 24, arbitrary: good },
    { weight: 1, arbitrary: fc.constantFrom(...invalid) },
  );
}

/** A record whose every field may be left out. */
export const someOf = (model: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record(model, { requiredKeys: [] });
export const listOf = <T>(item: fc.Arbitrary<T>, maxLength = 3) => fc.array(item, { maxLength });
/** Present once in 25 draws: an unknown field. */
export const rarely = <T>(value: T) =>
  fc.oneof(
    { weight: 24, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(value) },
  );

/** Object names: DNS-1123 subdomains, and now and then not. */
export const name = pick(['default', 'gpu-spot', 'a.b'], ['Bad_Name', '']);
