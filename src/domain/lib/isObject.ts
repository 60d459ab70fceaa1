/**
 * A map in JSON-like data (what YAML or JSON parses to): an object that is neither `null` nor an
 * array.
 */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
