/**
 * Immutable edits of string-keyed maps (labels, tags, limits). They keep key order, so renaming
 * a key leaves its row where it was. (JavaScript puts integer-like keys such as "1" first
 * whatever their insertion order; no label, tag or resource name the designer offers is one.)
 */
export type StringKeyed<V> = Readonly<Record<string, V>>;

/**
 * One edit of a map, written once for every value type so the same key/value editor can change
 * labels (strings) and limits (strings or numbers): a typed value is always a string.
 */
export type MapEdit = <V extends string | number>(
  map: StringKeyed<V>,
) => Record<string, V | string>;

/** Sets `key` to `value`, in place when it exists and appended when it does not. */
export function withEntry<V, W>(map: StringKeyed<V>, key: string, value: W): Record<string, V | W> {
  return { ...map, [key]: value };
}

export function withoutEntry<V>(map: StringKeyed<V>, key: string): Record<string, V> {
  if (!(key in map)) return { ...map };
  const copy: Record<string, V> = { ...map };
  delete copy[key];
  return copy;
}

/** True when renaming `from` to `to` would collide with another entry. */
export function keyTaken(map: StringKeyed<unknown>, from: string, to: string): boolean {
  return to !== from && to in map;
}

/**
 * Renames `from` to `to` in the same position. A rename onto another entry's key would silently
 * drop that entry, so it changes nothing; callers check `keyTaken` to say why.
 */
export function withKeyRenamed<V>(
  map: StringKeyed<V>,
  from: string,
  to: string,
): Record<string, V> {
  if (!(from in map) || keyTaken(map, from, to)) return { ...map };
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k === from ? to : k, v]));
}

/**
 * Adds an entry with an empty key, the row a person fills in. A map holds one empty key at most,
 * so a second add changes nothing (the editor focuses the empty row instead).
 */
export function withBlankEntry<V, W>(map: StringKeyed<V>, value: W): Record<string, V | W> {
  return '' in map ? { ...map } : { ...map, '': value };
}

/** The map, or undefined when it is empty: an optional map is left out rather than `{}`. */
export function nonEmpty<V>(map: StringKeyed<V>): Record<string, V> | undefined {
  return Object.keys(map).length > 0 ? { ...map } : undefined;
}

/** A copy of `object` with `key` set, or removed when `value` is undefined. */
export function withOptional<T extends object, K extends keyof T & string>(
  object: T,
  key: K,
  value: T[K] | undefined,
): T {
  if (value !== undefined) return { ...object, [key]: value };
  if (!(key in object)) return object;
  const { [key]: _removed, ...rest } = object;
  // `rest` is T without K. Callers remove only optional fields, so it is still a T; the types
  // do not check that, so never pass a required field here with undefined.
  return rest as T;
}
