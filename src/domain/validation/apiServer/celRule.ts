/**
 * One `x-kubernetes-validations` rule of a CRD, written as a TypeScript function. `cel` quotes the
 * upstream rule verbatim (a test matches it against the CRD files), so the rule it implements is
 * always next to its code and cannot drift unnoticed.
 */
export interface CelRule {
  /** Short and stable, unique in the engine: problems carry it as `api:<id>`. */
  id: string;
  /** The upstream CEL expression, exactly as the CRD writes it. */
  cel: string;
  check(self: unknown, report: RuleReport): void;
}

/**
 * Reports one violation: `message` completes the path of the node the rule sits on, or of `at`
 * (a suffix such as `[2].values` or `.amiFamily`) when the rule can point at the exact field.
 */
export type RuleReport = (message: string, at?: string) => void;

/**
 * Types a rule's `self`. The engine runs rules only when the whole object is well typed (like the
 * API server, it skips them all after a type or enum error), so `self` has the schema's shape:
 * present fields have their declared types; optional and even required fields may be absent.
 */
export function celRule<T>(rule: {
  id: string;
  cel: string;
  check: (self: T, report: RuleReport) => void;
}): CelRule {
  return { id: rule.id, cel: rule.cel, check: (self, report) => rule.check(self as T, report) };
}

/** The `[i]` suffix for a list item, for `at`. */
export function item(index: number, field?: string): string {
  return field === undefined ? `[${index}]` : `[${index}].${field}`;
}

/** The `[key]` suffix for a map entry, for `at`. */
export function entry(key: string): string {
  return `[${key}]`;
}
