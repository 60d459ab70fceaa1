/** The subset of a CRD's structural OpenAPI v3 schema that the oracle understands. */
export interface StructuralSchema {
  type?: string;
  properties?: Record<string, StructuralSchema>;
  additionalProperties?: StructuralSchema | boolean;
  items?: StructuralSchema;
  required?: string[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  // OpenAPI v3.0 (what CRDs use) spells these as booleans modifying minimum/maximum.
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  maxProperties?: number;
  nullable?: boolean;
  default?: unknown;
  anyOf?: StructuralSchema[];
  allOf?: StructuralSchema[];
  oneOf?: StructuralSchema[];
  not?: StructuralSchema;
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
  'x-kubernetes-list-type'?: string;
  'x-kubernetes-list-map-keys'?: string[];
  'x-kubernetes-validations'?: ValidationRule[];
}

export interface ValidationRule {
  rule: string;
  message?: string;
  messageExpression?: string;
  fieldPath?: string;
  reason?: string;
  optionalOldSelf?: boolean;
}

/**
 * One finding. `blocksCel` mirrors the API server, which skips CEL rules when the object has
 * type or enum errors because rules may assume well-typed input.
 */
export interface Issue {
  path: string;
  message: string;
  blocksCel?: boolean;
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Appends a property name the way kubectl prints field paths (`spec.template.spec`). */
export function fieldPath(parent: string, name: string): string {
  return parent === '' ? name : `${parent}.${name}`;
}

/** Appends a list index or map key the way the API server prints them (`taints[0]`, `tags[k]`). */
export function keyPath(parent: string, key: string | number): string {
  return `${parent}[${key}]`;
}

/** Schema used for a property of an object node, or undefined when the field is unknown. */
export function propertySchema(
  schema: StructuralSchema,
  name: string,
): StructuralSchema | undefined {
  const declared = schema.properties?.[name];
  if (declared !== undefined) return declared;
  const extra = schema.additionalProperties;
  return typeof extra === 'object' ? extra : undefined;
}

export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return value.toString();
  if (value === undefined) return 'undefined';
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}
