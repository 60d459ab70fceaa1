import { fieldPath, keyPath } from './apiProblem';
import { report, type Findings } from './findings';
import { closestName } from './closestName';
import type { ObjectSchema, Schema } from './schema';

/**
 * What the API server makes of a request body before it validates anything, in one pass that
 * builds a new value (the design is immutable): the body as JSON, unknown fields reported (kubectl's
 * default `--validate=strict`) and dropped, null fields dropped or defaulted, and `default:` values
 * filled in, nested defaults included. Defaults never create a parent object, which is why a
 * written `disruption: {}` still lacks its required `consolidateAfter`.
 */
export function decode(
  value: unknown,
  schema: Schema | undefined,
  path: string,
  findings: Findings,
): unknown {
  const json = jsonScalar(value, path, findings);
  if (json !== NOT_SCALAR) return json;
  if (Array.isArray(value)) {
    const items = schema?.type === 'array' ? schema.items : undefined;
    // JSON has no undefined list items: they are sent as null.
    return value.map((item, i) => decode(item ?? null, items, keyPath(path, i), findings));
  }
  const object = value as Record<string, unknown>;
  return schema?.type === 'object'
    ? decodeObject(object, schema, path, findings)
    : toJson(object, path, findings);
}

function decodeObject(
  value: Record<string, unknown>,
  schema: ObjectSchema,
  path: string,
  findings: Findings,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const child = value[key];
    if (child === undefined) continue;
    const property = schema.properties[key];
    const isProperty = property !== undefined;
    const declared = property ?? schema.values;
    if (declared === undefined) {
      const at = fieldPath(path, key);
      if (schema.preserveUnknownFields === true) setKey(out, key, toJson(child, at, findings));
      else report(findings, at, 'unknown-field', unknownField(schema, key));
      continue;
    }
    // A null field that is declared (not a map value) is dropped, or replaced by its default.
    if (child === null && isProperty && declared.nullable !== true) continue;
    const at = isProperty ? fieldPath(path, key) : keyPath(path, key);
    setKey(out, key, decode(child, declared, at, findings));
  }
  for (const key of defaultedProperties(schema)) {
    if (out[key] !== undefined) continue;
    const property = schema.properties[key] as Schema;
    setKey(out, key, decode(property.default, property, fieldPath(path, key), findings));
  }
  return out;
}

/** Assigns `key`, even `__proto__`, as an own data property (what JSON.parse would make). */
function setKey(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(object, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    object[key] = value;
  }
}

const defaulted = new WeakMap<ObjectSchema, readonly string[]>();

/** The properties of an object schema that have a default, found once per schema. */
function defaultedProperties(schema: ObjectSchema): readonly string[] {
  let keys = defaulted.get(schema);
  if (keys === undefined) {
    keys = Object.keys(schema.properties).filter(
      (key) => schema.properties[key]?.default !== undefined,
    );
    defaulted.set(schema, keys);
  }
  return keys;
}

function unknownField(schema: ObjectSchema, key: string): string {
  const known = Object.keys(schema.properties);
  const guess = closestName(key, known);
  const hint = guess === undefined ? 'remove it or check its spelling' : `did you mean ${guess}?`;
  return `is not a known field (kubectl rejects unknown fields): ${hint}`;
}

const NOT_SCALAR = Symbol('not a scalar');

/**
 * A scalar as JSON carries it, or NOT_SCALAR for lists and plain objects. What JSON cannot carry
 * (NaN, functions, class instances...) is reported and dropped; a Date is sent as its RFC 3339
 * text, as JSON.stringify would.
 */
function jsonScalar(value: unknown, path: string, findings: Findings): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (Number.isFinite(value)) return value;
      report(findings, path, 'json', `must be a finite number (got ${String(value)})`);
      return undefined;
    case 'object':
      if (value === null) return null;
      if (value instanceof Date) return value.toISOString();
      if (Array.isArray(value) || isPlainObject(value)) return NOT_SCALAR;
      break;
    default:
      break;
  }
  report(findings, path, 'json', `is not JSON data (got a ${typeof value}): it cannot be sent`);
  return undefined;
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A subtree without a schema (metadata, preserved fields), as JSON. */
export function toJson(value: unknown, path: string, findings: Findings): unknown {
  const json = jsonScalar(value, path, findings);
  if (json !== NOT_SCALAR) return json;
  if (Array.isArray(value)) {
    return value.map((item, i) => toJson(item ?? null, keyPath(path, i), findings));
  }
  const object = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key in object) {
    if (Object.hasOwn(object, key) && object[key] !== undefined) {
      setKey(out, key, toJson(object[key], fieldPath(path, key), findings));
    }
  }
  return out;
}
