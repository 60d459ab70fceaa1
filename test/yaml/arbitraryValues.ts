/**
 * fast-check arbitraries for the values that fill Karpenter manifests, shared by the NodePool and
 * EC2NodeClass arbitraries. Test support only (never imported by the app), biased towards what
 * breaks YAML round trips: strings YAML 1.1 or 1.2 read as booleans, numbers or null, text that
 * looks like YAML syntax, line breaks, control characters.
 */
import fc from 'fast-check';
import { isValidName } from '../../src/domain/karpenter/model/names';

/** Valid object names (DNS-1123 subdomains), some of which YAML would read as non-strings. */
export const objectName: fc.Arbitrary<string> = fc
  .oneof(
    {
      weight: 1,
      arbitrary: fc.constantFrom('default', 'gpu', 'no', 'on', 'y', 'true', 'null', '0b1', '1e3'),
    },
    { weight: 3, arbitrary: fc.stringMatching(/^[a-z0-9]([-a-z0-9.]{0,12}[a-z0-9])?$/) },
  )
  .filter(isValidName);

/** Label values (at most 63 characters, alphanumerics with `-_.` inside), YAML look-alikes too. */
export const labelValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('ml', 'on', 'no', 'True', 'y', '0b101', '1e3', '010', '0o7', '0x1F', 'null', ''),
  fc.stringMatching(/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,10}[A-Za-z0-9])?$/),
);

/** Text with no constraints (annotations, tags, user data): whatever a user might paste. */
export const freeText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '# not a comment',
    'key: value',
    '- item',
    ' leading space',
    'trailing space ',
    'two\nlines',
    'ends with a newline\n',
    '\n\nblank lines first',
    '"quoted"',
    "it's",
    '{a: b}',
    '[x]',
    '*star',
    '&anchor',
    '!tag',
    '%directive',
    '@at',
    '~',
    'Yes',
    '12:30',
    '2024-01-01',
    '...',
    '---',
    '',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary-ascii', maxLength: 8 }),
  fc.array(fc.string({ maxLength: 20 }), { minLength: 2, maxLength: 4 }).map((l) => l.join('\n')),
);

/** A map of up to `max` entries with keys from `keys` (each at most once). */
export function mapOf<V>(
  keys: readonly string[],
  value: fc.Arbitrary<V>,
  max = 3,
): fc.Arbitrary<Record<string, V>> {
  return fc
    .uniqueArray(fc.tuple(fc.constantFrom(...keys), value), {
      selector: ([key]) => key,
      minLength: 1,
      maxLength: max,
    })
    .map((entries) => Object.fromEntries(entries));
}

/** Kubernetes quantities as people write them, as strings or plain integers. */
export const quantity: fc.Arbitrary<string | number> = fc.oneof(
  fc.constantFrom('1000', '500m', '64Gi', '1.5', '2k', '100', '1e3'),
  fc.nat({ max: 10_000 }),
);

/** Durations as `expireAfter` and `consolidateAfter` accept them. */
export const duration = fc.constantFrom('0s', '30s', '1m', '10m', '1h', '1h30m', '720h');

/**
 * `fc.record`, but always with `Object.prototype`, as YAML parses mappings: fast-check otherwise
 * makes some records without a prototype, which no manifest read from a file ever has.
 */
export const record: typeof fc.record = (model, constraints) =>
  fc.record(model, { ...constraints, noNullPrototype: true });

/** A record whose fields are all optional. */
export function optionalFields<T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) {
  return record(model, { requiredKeys: [] });
}
