/**
 * Deep equality for JSON-like data (what a YAML document parses to): maps compare by their own
 * keys whatever their order, lists item by item, primitives with `Object.is` (so `NaN` equals
 * `NaN`, as `.nan` does in YAML, and `-0` stays apart from `0`, as the two parse apart). A member
 * whose value is `undefined` counts as absent, as it does when the data is written out.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameData(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = presentKeys(left);
  if (keys.length !== presentKeys(right).length) return false;
  // hasOwn, not `in`: a `__proto__` or `toString` key is data, never the prototype's.
  return keys.every((key) => Object.hasOwn(right, key) && sameData(left[key], right[key]));
}

/** The keys of a map that carry a value, in their order. */
export function presentKeys(map: Record<string, unknown>): string[] {
  return Object.keys(map).filter((key) => map[key] !== undefined);
}
