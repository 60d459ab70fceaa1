import {
  describeValue,
  fieldPath,
  isObject,
  keyPath,
  type Issue,
  type StructuralSchema,
} from './types';

/** Root fields every object carries; `metadata` is validated separately as ObjectMeta. */
const ROOT_FIELDS = new Set(['apiVersion', 'kind', 'metadata']);

/**
 * Reports and removes fields the schema does not declare. kubectl's default `--validate=strict`
 * makes the API server fail the request for them; removing them afterwards mirrors the pruning
 * that happens before defaulting and validation, so later checks see what the server would.
 */
export function pruneUnknownFields(
  value: unknown,
  schema: StructuralSchema,
  path: string,
  issues: Issue[],
  isRoot = false,
): void {
  if (Array.isArray(value)) {
    const items = schema.items;
    if (items !== undefined) {
      value.forEach((item, i) => pruneUnknownFields(item, items, keyPath(path, i), issues));
    }
    return;
  }
  if (!isObject(value)) return;
  const keepsUnknown = schema['x-kubernetes-preserve-unknown-fields'] === true;
  const embedded = isRoot || schema['x-kubernetes-embedded-resource'] === true;
  const extra = schema.additionalProperties;
  for (const [key, child] of Object.entries(value)) {
    if (embedded && ROOT_FIELDS.has(key)) continue;
    const declared = schema.properties?.[key];
    if (declared !== undefined) {
      pruneUnknownFields(child, declared, fieldPath(path, key), issues);
    } else if (typeof extra === 'object') {
      pruneUnknownFields(child, extra, keyPath(path, key), issues);
    } else if (!keepsUnknown && extra !== true) {
      issues.push({ path: fieldPath(path, key), message: `unknown field "${key}"` });
      delete value[key];
    }
  }
}

/** OpenAPI value validation of an already pruned and defaulted object. */
export function validateStructure(
  value: unknown,
  schema: StructuralSchema,
  path: string,
  issues: Issue[],
  isRoot = false,
): void {
  if (value === null) {
    if (schema.nullable !== true && declaredType(schema) !== undefined) {
      issues.push(typeIssue(path, value, schema));
    }
    return;
  }
  if (!hasDeclaredType(value, schema)) {
    issues.push(typeIssue(path, value, schema));
    return;
  }
  if (schema.enum !== undefined && !schema.enum.some((allowed) => sameJson(allowed, value))) {
    const supported = schema.enum.map((v) => describeValue(v)).join(', ');
    issues.push({
      path,
      message: `Unsupported value: ${describeValue(value)}: supported values: ${supported}`,
      blocksCel: true,
    });
  }

  if (typeof value === 'string') validateString(value, schema, path, issues);
  if (typeof value === 'number') validateNumber(value, schema, path, issues);
  if (Array.isArray(value)) validateArray(value, schema, path, issues);
  if (isObject(value)) validateObject(value, schema, path, issues, isRoot);
  validateCombinators(value, schema, path, issues);
}

function declaredType(schema: StructuralSchema): string | undefined {
  if (schema['x-kubernetes-int-or-string'] === true) return 'integer or string';
  return schema.type;
}

function hasDeclaredType(value: unknown, schema: StructuralSchema): boolean {
  if (schema['x-kubernetes-int-or-string'] === true) {
    return typeof value === 'string' || Number.isInteger(value);
  }
  switch (schema.type) {
    case undefined:
      return true;
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return false;
  }
}

function typeIssue(path: string, value: unknown, schema: StructuralSchema): Issue {
  return {
    path,
    message: `Invalid value: ${describeValue(value)}: must be of type ${declaredType(schema) ?? 'unknown'}`,
    blocksCel: true,
  };
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

const regexCache = new Map<string, RegExp>();

/** Patterns are unanchored searches, as in the API server (Go regexp `MatchString`). */
export function cachedRegExp(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (re === undefined) {
    re = new RegExp(pattern);
    regexCache.set(pattern, re);
  }
  return re;
}

// kube-openapi accepts RFC 3339 timestamps with optional fraction and offset.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isValidDate(year: string, month: string, day: string): boolean {
  const d = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return d.getUTCMonth() === Number(month) - 1 && d.getUTCDate() === Number(day);
}

function formatProblem(format: string, value: string): string | undefined {
  if (format === 'date-time') {
    const m = DATE_TIME.exec(value);
    const ok =
      m !== null &&
      isValidDate(m[1] ?? '', m[2] ?? '', m[3] ?? '') &&
      Number(m[4]) < 24 &&
      Number(m[5]) < 60 &&
      Number(m[6]) < 61;
    return ok ? undefined : 'must be an RFC 3339 date-time (e.g. 2024-01-02T15:04:05Z)';
  }
  if (format === 'date') {
    const m = DATE.exec(value);
    const ok = m !== null && isValidDate(m[1] ?? '', m[2] ?? '', m[3] ?? '');
    return ok ? undefined : 'must be a full-date (e.g. 2024-01-02)';
  }
  // Other formats in these CRDs (int32, int64) only qualify integers, which the API server does
  // not range-check; unknown string formats are ignored by the API server as well.
  return undefined;
}

function validateString(value: string, schema: StructuralSchema, path: string, issues: Issue[]) {
  const v = describeValue(value);
  // Go counts runes, not UTF-16 code units.
  const length = [...value].length;
  if (schema.maxLength !== undefined && length > schema.maxLength) {
    issues.push({ path, message: `Too long: may not be longer than ${schema.maxLength}` });
  }
  if (schema.minLength !== undefined && length < schema.minLength) {
    issues.push({
      path,
      message: `Invalid value: ${v}: should be at least ${schema.minLength} chars long`,
    });
  }
  if (schema.pattern !== undefined && !cachedRegExp(schema.pattern).test(value)) {
    issues.push({ path, message: `Invalid value: ${v}: should match '${schema.pattern}'` });
  }
  if (schema.format !== undefined) {
    const problem = formatProblem(schema.format, value);
    if (problem !== undefined) issues.push({ path, message: `Invalid value: ${v}: ${problem}` });
  }
}

function validateNumber(value: number, schema: StructuralSchema, path: string, issues: Issue[]) {
  const { minimum, maximum, multipleOf } = schema;
  if (minimum !== undefined) {
    const tooSmall = schema.exclusiveMinimum === true ? value <= minimum : value < minimum;
    if (tooSmall) {
      const op = schema.exclusiveMinimum === true ? 'greater than' : 'greater than or equal to';
      issues.push({ path, message: `Invalid value: ${value}: should be ${op} ${minimum}` });
    }
  }
  if (maximum !== undefined) {
    const tooBig = schema.exclusiveMaximum === true ? value >= maximum : value > maximum;
    if (tooBig) {
      const op = schema.exclusiveMaximum === true ? 'less than' : 'less than or equal to';
      issues.push({ path, message: `Invalid value: ${value}: should be ${op} ${maximum}` });
    }
  }
  if (multipleOf !== undefined && !Number.isInteger(value / multipleOf)) {
    issues.push({
      path,
      message: `Invalid value: ${value}: should be a multiple of ${multipleOf}`,
    });
  }
}

function validateArray(value: unknown[], schema: StructuralSchema, path: string, issues: Issue[]) {
  if (schema.maxItems !== undefined && value.length > schema.maxItems) {
    issues.push({
      path,
      message: `Too many: ${value.length}: must have at most ${schema.maxItems} items`,
    });
  }
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    issues.push({
      path,
      message: `Invalid value: ${value.length}: should have at least ${schema.minItems} items`,
    });
  }
  validateListType(value, schema, path, issues);
  const items = schema.items;
  if (items !== undefined) {
    value.forEach((item, i) => validateStructure(item, items, keyPath(path, i), issues));
  }
}

/** `x-kubernetes-list-type: set` items and `map` keys must be unique. */
function validateListType(
  value: unknown[],
  schema: StructuralSchema,
  path: string,
  issues: Issue[],
) {
  const listType = schema['x-kubernetes-list-type'];
  if (listType !== 'set' && listType !== 'map') return;
  const mapKeys = schema['x-kubernetes-list-map-keys'] ?? [];
  const seen = new Set<string>();
  value.forEach((item, i) => {
    const identity =
      listType === 'set'
        ? JSON.stringify(item)
        : JSON.stringify(mapKeys.map((k) => (isObject(item) ? item[k] : undefined)));
    if (seen.has(identity)) {
      issues.push({ path: keyPath(path, i), message: `Duplicate value: ${identity}` });
    }
    seen.add(identity);
  });
}

function validateObject(
  value: Record<string, unknown>,
  schema: StructuralSchema,
  path: string,
  issues: Issue[],
  isRoot: boolean,
) {
  const count = Object.keys(value).length;
  if (schema.maxProperties !== undefined && count > schema.maxProperties) {
    issues.push({
      path,
      message: `Too many: ${count}: must have at most ${schema.maxProperties} items`,
    });
  }
  if (schema.minProperties !== undefined && count < schema.minProperties) {
    issues.push({
      path,
      message: `Invalid value: ${count}: should have at least ${schema.minProperties} properties`,
    });
  }
  for (const name of schema.required ?? []) {
    if (value[name] === undefined)
      issues.push({ path: fieldPath(path, name), message: 'Required value' });
  }
  const extra = schema.additionalProperties;
  for (const [key, child] of Object.entries(value)) {
    if (isRoot && key === 'metadata') continue;
    const declared = schema.properties?.[key];
    if (declared !== undefined) {
      validateStructure(child, declared, fieldPath(path, key), issues);
    } else if (typeof extra === 'object') {
      validateStructure(child, extra, keyPath(path, key), issues);
    }
  }
}

/** anyOf/allOf/oneOf/not only carry value validations in structural schemas. */
function validateCombinators(
  value: unknown,
  schema: StructuralSchema,
  path: string,
  issues: Issue[],
) {
  const passes = (branch: StructuralSchema): boolean => {
    const scratch: Issue[] = [];
    validateStructure(value, branch, path, scratch);
    return scratch.length === 0;
  };
  // int-or-string's `anyOf: [{type: integer}, {type: string}]` is already covered by its type check.
  if (schema.anyOf !== undefined && schema['x-kubernetes-int-or-string'] !== true) {
    if (!schema.anyOf.some(passes))
      issues.push({ path, message: 'Invalid value: must validate at least one schema (anyOf)' });
  }
  for (const branch of schema.allOf ?? []) validateStructure(value, branch, path, issues);
  if (schema.oneOf !== undefined && schema.oneOf.filter(passes).length !== 1) {
    issues.push({ path, message: 'Invalid value: must validate one and only one schema (oneOf)' });
  }
  if (schema.not !== undefined && passes(schema.not)) {
    issues.push({ path, message: 'Invalid value: must not validate the schema (not)' });
  }
}
