import { fieldPath, keyPath } from './apiProblem';
import { report, type Findings } from './findings';
import type { Schema } from './schema';

/**
 * Runs every CEL rule whose node is present, with `self` bound to that node's decoded value, the
 * way the API server walks `x-kubernetes-validations`. Rules run only on well-typed objects: the
 * caller skips this step after a type or enum error.
 */
export function evaluateRules(
  value: unknown,
  schema: Schema,
  path: string,
  findings: Findings,
): void {
  if (value === undefined || value === null || !hasRules(schema)) return;
  if (schema.rules !== undefined) {
    for (const rule of schema.rules) {
      rule.check(value, (message, at) => {
        report(findings, at === undefined ? path : joinSuffix(path, at), rule.id, message);
      });
    }
  }
  if (schema.type === 'array' && Array.isArray(value)) {
    value.forEach((item, i) => evaluateRules(item, schema.items, keyPath(path, i), findings));
  } else if (schema.type === 'object') {
    const object = value as Record<string, unknown>;
    // A decoded value: a plain object holding only its own fields.
    for (const key in object) {
      const child = object[key];
      const declared = schema.properties[key];
      if (declared !== undefined) evaluateRules(child, declared, fieldPath(path, key), findings);
      else if (schema.values !== undefined)
        evaluateRules(child, schema.values, keyPath(path, key), findings);
    }
  }
}

const withRules = new WeakMap<Schema, boolean>();

/** Whether the node or anything under it has a rule; most subtrees have none and are skipped. */
function hasRules(schema: Schema): boolean {
  let found = withRules.get(schema);
  if (found === undefined) {
    found =
      (schema.rules?.length ?? 0) > 0 ||
      (schema.type === 'array' && hasRules(schema.items)) ||
      (schema.type === 'object' &&
        (Object.values(schema.properties).some(hasRules) ||
          (schema.values !== undefined && hasRules(schema.values))));
    withRules.set(schema, found);
  }
  return found;
}

/** `spec` + `.role` -> `spec.role`; `requirements` + `[0].values`; a root path drops the dot. */
function joinSuffix(path: string, suffix: string): string {
  return path === '' && suffix.startsWith('.') ? suffix.slice(1) : path + suffix;
}
