import type { CelRule } from './celRule';

/**
 * A small declarative schema, transcribed by hand from the CRDs' `openAPIV3Schema`: just the
 * parts of a structural schema the Karpenter CRDs use, plus room for what the API server
 * supports around them (`nullable`, `x-kubernetes-preserve-unknown-fields`).
 */

/** A `pattern:` of the CRD and what it means in words, for messages. */
export interface Pattern {
  /** Compiled once. Like the API server, a search anywhere in the value, not a full match. */
  re: RegExp;
  /** `a duration such as 30s, 5m or 1h30m, or Never`. */
  means: string;
}

export function pattern(source: string, means: string): Pattern {
  return { re: new RegExp(source), means };
}

interface Common {
  /** The value the API server writes when the field is absent (or null), before any check. */
  default?: unknown;
  /** Accepts null (none of the Karpenter fields do: null fields are dropped instead). */
  nullable?: boolean;
  /** The CRD's `x-kubernetes-validations` on this node, in its order. */
  rules?: readonly CelRule[];
  /** Example values for messages about this field: `30s, 5m or Never`. */
  example?: string;
}

export interface ObjectSchema extends Common {
  type: 'object';
  /** Without a prototype: look fields up directly (see `object`). */
  properties: Readonly<Record<string, Schema>>;
  /** Set for maps (`additionalProperties`): every key is allowed and its value has this schema. */
  values?: Schema;
  required?: readonly string[];
  maxProperties?: number;
  /** `x-kubernetes-preserve-unknown-fields`: undeclared fields are kept, not rejected. */
  preserveUnknownFields?: boolean;
}

export interface StringSchema extends Common {
  type: 'string';
  enum?: readonly string[];
  pattern?: Pattern;
  minLength?: number;
  maxLength?: number;
  format?: 'date-time';
}

export interface IntegerSchema extends Common {
  type: 'integer';
  minimum?: number;
  maximum?: number;
}

export interface BooleanSchema extends Common {
  type: 'boolean';
}

export interface ArraySchema extends Common {
  type: 'array';
  items: Schema;
  minItems?: number;
  maxItems?: number;
  /** `x-kubernetes-list-type: set`: items must be unique. */
  unique?: boolean;
}

/** `x-kubernetes-int-or-string`: a whole number, or a string the pattern applies to. */
export interface IntOrStringSchema extends Common {
  type: 'int-or-string';
  pattern?: Pattern;
}

export type Schema =
  ObjectSchema | StringSchema | IntegerSchema | BooleanSchema | ArraySchema | IntOrStringSchema;

type Options<S extends Schema, Given extends keyof S = never> = Omit<S, 'type' | Given>;

export function object(
  properties: Readonly<Record<string, Schema>>,
  options: Options<ObjectSchema, 'properties' | 'values'> = {},
): ObjectSchema {
  return { type: 'object', properties: lookupTable(properties), ...options };
}

/**
 * The properties without a prototype, so that `properties[key]` is undefined for any key that is
 * not a field (`constructor`, `__proto__` included) without an own-property check.
 */
function lookupTable(
  properties: Readonly<Record<string, Schema>>,
): Readonly<Record<string, Schema>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, Schema>, properties));
}

/** An object whose keys are free and whose values all have the schema `values`. */
export function map(
  values: Schema,
  options: Options<ObjectSchema, 'properties' | 'values' | 'required'> = {},
): ObjectSchema {
  return { type: 'object', properties: lookupTable({}), values, ...options };
}

export function string(options: Options<StringSchema> = {}): StringSchema {
  return { type: 'string', ...options };
}

export function integer(options: Options<IntegerSchema> = {}): IntegerSchema {
  return { type: 'integer', ...options };
}

export function boolean(options: Options<BooleanSchema> = {}): BooleanSchema {
  return { type: 'boolean', ...options };
}

export function array(items: Schema, options: Options<ArraySchema, 'items'> = {}): ArraySchema {
  return { type: 'array', items, ...options };
}

export function intOrString(options: Options<IntOrStringSchema> = {}): IntOrStringSchema {
  return { type: 'int-or-string', ...options };
}
