import { Environment, type ASTNode, type ParseResult } from '@marcbachmann/cel-js';
import { cachedRegExp } from './structural';
import {
  fieldPath,
  isObject,
  keyPath,
  type Issue,
  type StructuralSchema,
  type ValidationRule,
} from './types';

export type CompiledRule =
  { ok: true; program: ParseResult; transition: boolean } | { ok: false; error: string };

let environment: Environment | undefined;

/**
 * The CEL environment the rules are compiled in: standard CEL plus the Kubernetes extensions the
 * Karpenter CRDs use. `self` and `oldSelf` are `dyn` because values are typed at runtime from the
 * schema (integers as BigInt); `oldSelf` is declared only so transition rules compile.
 */
export function celEnvironment(): Environment {
  environment ??= new Environment()
    .registerVariable('self', 'dyn')
    .registerVariable('oldSelf', 'dyn')
    // Kubernetes regex library: first match or '' (cel.k8s.io `find`), and all matches.
    .registerFunction('string.find(string): string', (s: string, re: string) => {
      const match = cachedRegExp(re).exec(s);
      return match === null ? '' : match[0];
    })
    .registerFunction('string.findAll(string): list<string>', (s: string, re: string) =>
      [...s.matchAll(new RegExp(re, 'g'))].map((m) => m[0]),
    );
  return environment;
}

const compiled = new Map<string, CompiledRule>();

function firstLine(error: unknown): string {
  if (error instanceof Error) {
    const summary: unknown = (error as Error & { summary?: unknown }).summary;
    if (typeof summary === 'string' && summary !== '') return summary;
    return error.message.split('\n')[0] ?? error.message;
  }
  return String(error);
}

function isAstNode(value: unknown): value is ASTNode {
  return isObject(value) && typeof value['op'] === 'string' && 'args' in value;
}

/** A rule is a transition rule when it references `oldSelf` anywhere, macros included. */
function referencesOldSelf(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(referencesOldSelf);
  if (!isAstNode(node)) return false;
  if (node.op === 'id') return node.args === 'oldSelf';
  return referencesOldSelf(node.args);
}

/** Parses and type-checks a rule once; the result is shared by every manifest. */
export function compileRule(expression: string): CompiledRule {
  const cached = compiled.get(expression);
  if (cached !== undefined) return cached;
  let result: CompiledRule;
  try {
    const program = celEnvironment().parse(expression);
    const checked = program.check();
    result = checked.valid
      ? { ok: true, program, transition: referencesOldSelf(program.ast) }
      : { ok: false, error: firstLine(checked.error) };
  } catch (error) {
    result = { ok: false, error: firstLine(error) };
  }
  compiled.set(expression, result);
  return result;
}

/**
 * Converts a JSON value to what the API server hands to CEL: schema integers (and integral
 * int-or-string values) become BigInt `int`s, schema numbers stay doubles. At the root only
 * `metadata.name` and `metadata.generateName` are visible to rules.
 */
export function toCelValue(
  value: unknown,
  schema: StructuralSchema | undefined,
  isRoot = false,
): unknown {
  if (typeof value === 'number') {
    if (schema?.type === 'number') return value;
    return Number.isInteger(value) ? BigInt(value) : value;
  }
  if (Array.isArray(value)) return value.map((item) => toCelValue(item, schema?.items));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (isRoot && key === 'metadata' && isObject(child)) {
      const { name, generateName } = child;
      out[key] = Object.fromEntries(
        Object.entries({ name, generateName }).filter(([, v]) => typeof v === 'string'),
      );
      continue;
    }
    const extra = schema?.additionalProperties;
    out[key] = toCelValue(
      child,
      schema?.properties?.[key] ?? (typeof extra === 'object' ? extra : undefined),
    );
  }
  return out;
}

function ruleMessage(rule: ValidationRule, self: unknown): string {
  if (rule.messageExpression !== undefined) {
    const program = compileRule(rule.messageExpression);
    if (program.ok) {
      try {
        const message: unknown = program.program({ self });
        if (typeof message === 'string' && message.trim() !== '') return message;
      } catch {
        // The API server falls back to `message` when messageExpression fails.
      }
    }
  }
  return rule.message ?? `failed rule: ${rule.rule}`;
}

function evaluateRule(rule: ValidationRule, self: unknown, path: string, issues: Issue[]): void {
  const compiledRule = compileRule(rule.rule);
  const suffix = `(rule: ${rule.rule})`;
  if (!compiledRule.ok) {
    issues.push({ path, message: `rule does not compile: ${compiledRule.error} ${suffix}` });
    return;
  }
  // Transition rules compare against the stored object, which a create does not have.
  if (compiledRule.transition) return;
  let result: unknown;
  try {
    result = compiledRule.program({ self });
  } catch (error) {
    // Like the API server, name the rule's message so the failure is recognisable.
    issues.push({
      path,
      message: `rule evaluation error: ${firstLine(error)} evaluating rule: ${rule.message ?? rule.rule} ${suffix}`,
    });
    return;
  }
  if (result === true) return;
  if (result !== false) {
    issues.push({ path, message: `rule did not evaluate to a bool ${suffix}` });
    return;
  }
  const at =
    rule.fieldPath !== undefined && rule.fieldPath.startsWith('.') ? path + rule.fieldPath : path;
  issues.push({ path: at, message: `${ruleMessage(rule, self)} ${suffix}` });
}

/**
 * Evaluates every `x-kubernetes-validations` rule whose field is present, with `self` bound to
 * that field's (defaulted, CEL-converted) value.
 */
export function evaluateRules(
  value: unknown,
  schema: StructuralSchema,
  path: string,
  issues: Issue[],
): void {
  if (value === undefined || value === null) return;
  for (const rule of schema['x-kubernetes-validations'] ?? [])
    evaluateRule(rule, value, path, issues);
  if (Array.isArray(value)) {
    const items = schema.items;
    if (items !== undefined)
      value.forEach((item, i) => evaluateRules(item, items, keyPath(path, i), issues));
    return;
  }
  if (!isObject(value)) return;
  const extra = schema.additionalProperties;
  for (const [key, child] of Object.entries(value)) {
    const declared = schema.properties?.[key];
    if (declared !== undefined) evaluateRules(child, declared, fieldPath(path, key), issues);
    else if (typeof extra === 'object') evaluateRules(child, extra, keyPath(path, key), issues);
  }
}

/** Every rule (and messageExpression) in a schema, with the path of the node that carries it. */
export function collectRules(
  schema: StructuralSchema,
  path = '',
): { path: string; rule: ValidationRule }[] {
  const found = (schema['x-kubernetes-validations'] ?? []).map((rule) => ({ path, rule }));
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    found.push(...collectRules(child, fieldPath(path, name)));
  }
  if (typeof schema.additionalProperties === 'object') {
    found.push(...collectRules(schema.additionalProperties, keyPath(path, '*')));
  }
  if (schema.items !== undefined) found.push(...collectRules(schema.items, keyPath(path, '*')));
  return found;
}
