/**
 * Small helpers for the plain JSON data manifests are made of. Keys are set with `defineKey`, so
 * a `__proto__` key an import let through stays an ordinary key here too.
 */
import { isObject } from '../../lib/isObject';
import { defineKey } from '../import/clusterFields';

export type Json = Record<string, unknown>;

export function asObject(value: unknown): Json | undefined {
  return isObject(value) ? value : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A string map such as labels, tags or a v1alpha1 selector; non-string values are left out. */
export function asStringMap(value: unknown): Record<string, string> | undefined {
  if (!isObject(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string') defineKey(out, key, item);
  }
  return out;
}

/** A deep copy, so a conversion never shares (or changes) the objects it was given. */
export function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => clone(item)) as T;
  if (isObject(value)) {
    const out: Json = {};
    for (const [key, item] of Object.entries(value)) defineKey(out, key, clone(item));
    return out as T;
  }
  return value;
}

/** Builds an object from entries, skipping undefined values, keeping the entries' order. */
export function objectOf(entries: [string, unknown][]): Json {
  const out: Json = {};
  for (const [key, value] of entries) {
    if (value !== undefined) defineKey(out, key, value);
  }
  return out;
}

/** A copy with `first` keys leading in that order, the rest after them in their own order. */
export function withKeysFirst(object: Json, first: readonly string[]): Json {
  const out: Json = {};
  for (const key of first) {
    if (Object.hasOwn(object, key)) defineKey(out, key, object[key]);
  }
  for (const [key, value] of Object.entries(object)) {
    if (!first.includes(key)) defineKey(out, key, value);
  }
  return out;
}

/**
 * A copy with `key` set: in place when it is there, else right after `after` (the first of them
 * present), else at the end. Keeps a converted manifest in the order its author wrote it.
 */
export function withKey(object: Json, key: string, value: unknown, after: string[] = []): Json {
  if (Object.hasOwn(object, key)) {
    const out = clone(object);
    defineKey(out, key, value);
    return out;
  }
  const anchor = after.find((candidate) => Object.hasOwn(object, candidate));
  const out: Json = {};
  for (const [existing, item] of Object.entries(object)) {
    defineKey(out, existing, item);
    if (existing === anchor) defineKey(out, key, value);
  }
  if (anchor === undefined) defineKey(out, key, value);
  return out;
}

export function without(object: Json, ...keys: string[]): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(object)) {
    if (!keys.includes(key)) defineKey(out, key, value);
  }
  return out;
}

/** Equal as JSON data; key order does not matter, array order does. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameJson(item, b[i]))
    );
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]))
    );
  }
  return false;
}

/** One line of JSON for a message the user can copy from, e.g. a kubelet block to move. */
export function inline(value: unknown): string {
  return JSON.stringify(value);
}
