import type { ApiProblem } from './apiProblem';

/**
 * Problems found so far while replaying one request, and whether any of them stops the CEL
 * rules from running: the API server skips every `x-kubernetes-validations` rule once a type or
 * enum error exists, because rules may assume well-typed input (apiextensions-apiserver
 * `hasBlockingErr`: field.ErrorTypeTypeInvalid and field.ErrorTypeNotSupported).
 */
export interface Findings {
  readonly problems: ApiProblem[];
  blocksRules: boolean;
}

export function newFindings(): Findings {
  return { problems: [], blocksRules: false };
}

export function report(findings: Findings, path: string, rule: string, message: string): void {
  findings.problems.push({ path, message, rule });
}

/** A type or enum error: reported, and the CEL rules will not run. */
export function reportBlocking(
  findings: Findings,
  path: string,
  rule: string,
  message: string,
): void {
  report(findings, path, rule, message);
  findings.blocksRules = true;
}
