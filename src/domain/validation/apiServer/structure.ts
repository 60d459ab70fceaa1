import { fieldPath, keyPath, quote } from './apiProblem';
import { report, reportBlocking, type Findings } from './findings';
import type {
  ArraySchema,
  IntegerSchema,
  IntOrStringSchema,
  ObjectSchema,
  Schema,
  StringSchema,
} from './schema';

/**
 * OpenAPI value validation of a decoded (pruned and defaulted) value: types, enums, patterns,
 * lengths, ranges, item counts, required fields. Type and enum errors block the CEL rules.
 */
export function checkStructure(
  value: unknown,
  schema: Schema,
  path: string,
  findings: Findings,
): void {
  if (value === null) {
    // Only list items and map values can still be null here: null fields were dropped.
    if (schema.nullable !== true)
      reportBlocking(findings, path, 'type', `${TYPE[schema.type]}, not null`);
    return;
  }
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return typeError(value, schema, path, findings);
      return checkString(value, schema, path, findings);
    case 'integer':
      if (!Number.isInteger(value)) return typeError(value, schema, path, findings);
      return checkInteger(value as number, schema, path, findings);
    case 'boolean':
      if (typeof value !== 'boolean') typeError(value, schema, path, findings);
      return;
    case 'int-or-string':
      if (typeof value === 'string') return checkIntOrString(value, schema, path, findings);
      if (!Number.isInteger(value)) typeError(value, schema, path, findings);
      return;
    case 'array':
      if (!Array.isArray(value)) return typeError(value, schema, path, findings);
      return checkArray(value, schema, path, findings);
    case 'object':
      if (typeof value !== 'object' || Array.isArray(value)) {
        return typeError(value, schema, path, findings);
      }
      return checkObject(value as Record<string, unknown>, schema, path, findings);
  }
}

const TYPE: Record<Schema['type'], string> = {
  string: 'must be a string',
  integer: 'must be a whole number',
  boolean: 'must be true or false',
  'int-or-string': 'must be a whole number or a quantity string such as "4000Gi"',
  array: 'must be a list',
  object: 'must be an object',
};

function typeError(value: unknown, schema: Schema, path: string, findings: Findings): void {
  const expected =
    schema.type === 'object' && schema.values !== undefined
      ? 'must be a map of keys to values'
      : TYPE[schema.type];
  reportBlocking(findings, path, 'type', `${expected} (got ${quote(value)})`);
}

function checkString(value: string, schema: StringSchema, path: string, findings: Findings): void {
  if (schema.enum !== undefined && !schema.enum.includes(value)) {
    reportBlocking(
      findings,
      path,
      'enum',
      `must be one of ${schema.enum.join(', ')} (got ${quote(value)})`,
    );
  }
  if (schema.maxLength !== undefined || schema.minLength !== undefined) {
    checkLength(value, schema, path, findings);
  }
  if (schema.pattern !== undefined && !schema.pattern.re.test(value)) {
    report(findings, path, 'pattern', `must be ${schema.pattern.means} (got ${quote(value)})`);
  }
  if (schema.format === 'date-time' && !isDateTime(value)) {
    report(
      findings,
      path,
      'format',
      `must be an RFC 3339 date-time such as 2024-01-02T15:04:05Z (got ${quote(value)})`,
    );
  }
}

/** The API server counts characters (runes), not UTF-16 code units. */
function checkLength(value: string, schema: StringSchema, path: string, findings: Findings): void {
  // A rune is one or two UTF-16 units: the cheap length settles most cases.
  const fits = schema.maxLength === undefined || value.length <= schema.maxLength;
  const length = fits && schema.minLength === undefined ? value.length : [...value].length;
  if (schema.maxLength !== undefined && length > schema.maxLength) {
    report(
      findings,
      path,
      'max-length',
      `must be at most ${schema.maxLength} characters (got ${length})`,
    );
  }
  if (schema.minLength !== undefined && length < schema.minLength) {
    const message =
      schema.minLength === 1
        ? 'must not be empty'
        : `must be at least ${schema.minLength} characters`;
    report(findings, path, 'min-length', message);
  }
}

function checkIntOrString(
  value: string,
  schema: IntOrStringSchema,
  path: string,
  findings: Findings,
): void {
  if (schema.pattern !== undefined && !schema.pattern.re.test(value)) {
    report(findings, path, 'pattern', `must be ${schema.pattern.means} (got ${quote(value)})`);
  }
}

function checkInteger(
  value: number,
  schema: IntegerSchema,
  path: string,
  findings: Findings,
): void {
  if (schema.minimum !== undefined && value < schema.minimum) {
    report(findings, path, 'minimum', `must be at least ${schema.minimum} (got ${value})`);
  }
  if (schema.maximum !== undefined && value > schema.maximum) {
    report(findings, path, 'maximum', `must be at most ${schema.maximum} (got ${value})`);
  }
}

function checkArray(value: unknown[], schema: ArraySchema, path: string, findings: Findings): void {
  if (schema.maxItems !== undefined && value.length > schema.maxItems) {
    report(
      findings,
      path,
      'max-items',
      `may have at most ${schema.maxItems} items (got ${value.length})`,
    );
  }
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    report(
      findings,
      path,
      'min-items',
      `needs at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`,
    );
  }
  if (schema.unique === true) {
    const seen = new Set<string>();
    value.forEach((item, i) => {
      const identity = JSON.stringify(item);
      if (seen.has(identity)) {
        report(
          findings,
          keyPath(path, i),
          'duplicate',
          `repeats ${quote(item)}: each value may appear once`,
        );
      }
      seen.add(identity);
    });
  }
  value.forEach((item, i) => checkStructure(item, schema.items, keyPath(path, i), findings));
}

function checkObject(
  value: Record<string, unknown>,
  schema: ObjectSchema,
  path: string,
  findings: Findings,
): void {
  const count = schema.maxProperties === undefined ? 0 : Object.keys(value).length;
  if (schema.maxProperties !== undefined && count > schema.maxProperties) {
    report(
      findings,
      path,
      'max-properties',
      `may have at most ${schema.maxProperties} entries (got ${count})`,
    );
  }
  for (const name of schema.required ?? []) {
    if (value[name] !== undefined) continue;
    const example = schema.properties[name]?.example;
    report(
      findings,
      fieldPath(path, name),
      'required',
      example === undefined ? 'is required' : `is required, e.g. ${example}`,
    );
  }
  // A decoded value: a plain object holding only its own fields.
  for (const key in value) {
    const child = value[key];
    const declared = schema.properties[key];
    if (declared !== undefined) checkStructure(child, declared, fieldPath(path, key), findings);
    else if (schema.values !== undefined)
      checkStructure(child, schema.values, keyPath(path, key), findings);
  }
}

// kube-openapi's date-time: RFC 3339 with optional fraction, `Z` or an offset.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function isDateTime(text: string): boolean {
  const m = DATE_TIME.exec(text);
  if (m === null) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  // Go's time.Parse rejects a leap second (:60); the test oracle lets it through.
  return day >= 1 && day <= days && Number(hour) < 24 && Number(minute) < 60 && Number(second) < 60;
}
