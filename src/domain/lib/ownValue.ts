/**
 * The value a plain object used as a dictionary holds under `key`, or undefined. Its keys are
 * user data (resource ids come from files, links and saved values), and `record[key]` answers
 * `constructor`, `toString` or `valueOf` with Object.prototype's functions when the record has
 * no such key of its own.
 */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
