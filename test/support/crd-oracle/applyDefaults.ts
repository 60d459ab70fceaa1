import { isObject, propertySchema, type StructuralSchema } from './types';

/**
 * Drops `null` values of non-nullable properties that have no default, as the API server does
 * while decoding (a YAML `key:` with nothing after it is null). Nulls that have a default are
 * left for `applyDefaults` to replace, and nulls in lists or map values stay, so that they are
 * reported as type errors just like the server does.
 */
export function pruneNonNullableNulls(value: unknown, schema: StructuralSchema | undefined): void {
  if (schema === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) pruneNonNullableNulls(item, schema.items);
    return;
  }
  if (!isObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    const declared = schema.properties?.[key];
    if (
      child === null &&
      declared !== undefined &&
      declared.default === undefined &&
      declared.nullable !== true
    ) {
      delete value[key];
    }
  }
  for (const [key, child] of Object.entries(value)) {
    pruneNonNullableNulls(child, propertySchema(schema, key));
  }
}

/**
 * Applies `default:` values in place, mirroring the apiextensions structural defaulting: a
 * property that is absent (or null while non-nullable) in an object that exists receives a deep
 * copy of its default, and the walk then continues into that copy, so nested defaults fill in
 * the defaulted value too. Defaults never create a parent object, which is why a user-written
 * `disruption: {}` does not get the parent's `consolidateAfter: 0s` and then fails `required`.
 */
export function applyDefaults(value: unknown, schema: StructuralSchema | undefined): void {
  if (schema === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) applyDefaults(item, schema.items);
    return;
  }
  if (!isObject(value)) return;
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    if (prop.default === undefined) continue;
    const current = value[key];
    if (current === undefined || (current === null && prop.nullable !== true)) {
      value[key] = structuredClone(prop.default);
    }
  }
  for (const [key, child] of Object.entries(value)) {
    applyDefaults(child, propertySchema(schema, key));
  }
}
