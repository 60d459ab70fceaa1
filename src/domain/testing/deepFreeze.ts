/**
 * Freezes a value and everything in it, so a test fails with a TypeError if an edit that
 * promises a new manifest writes into the old one instead. Imported only by tests.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
