import type { Problem } from '../../domain/validation/problem';
import { messagesAt } from '../fields/problemMessages';

/** The API server's CEL rules on the labels map judge keys; its schema judges the values. */
const KEY_RULE = 'api:template-label-';

/**
 * The errors at a template label, split between its key and its value: the API server reports
 * both at the label's path, `spec.template.metadata.labels[key]`.
 */
export function labelMessages(
  problems: readonly Problem[],
  path: string,
): { key: string[]; value: string[] } {
  const isKey = (problem: Problem) => problem.rule.startsWith(KEY_RULE);
  return {
    key: messagesAt(problems.filter(isKey), path),
    value: messagesAt(
      problems.filter((problem) => !isKey(problem)),
      path,
    ),
  };
}
