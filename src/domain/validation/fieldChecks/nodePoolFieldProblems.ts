import { labelKeyProblem, labelValueProblem } from './labelProblems';
import { isNumericOperator, operatorTakesMinValues } from '../../karpenter/edits/requirementEdits';
import type { NodeSelectorRequirement } from '../../karpenter/model/types';

/**
 * Per-field checks the NodePool CRD makes (karpenter.sh_nodepools.yaml, v1.14.1), worded for
 * the field they are shown at, with the CRD's patterns from apiServer/patterns.ts. Each returns
 * undefined when the value is accepted.
 */

const WHOLE_NUMBER = /^[0-9]+$/;
const MAX_MIN_VALUES = 50;

export interface RequirementProblems {
  key?: string;
  values?: string;
  minValues?: string;
}

export function requirementProblems(requirement: NodeSelectorRequirement): RequirementProblems {
  const problems: RequirementProblems = {};
  const keyProblem = labelKeyProblem(requirement.key);
  if (keyProblem) problems.key = keyProblem;
  const values = requirement.values ?? [];
  const { operator } = requirement;
  if (operator === 'In' && values.length === 0) {
    problems.values = 'In needs at least one value';
  } else if (isNumericOperator(operator)) {
    if (values.length !== 1 || !WHOLE_NUMBER.test(values[0] ?? '')) {
      problems.values = `${operator} needs a single whole number, e.g. 2`;
    }
  } else {
    const bad = values.find((value) => labelValueProblem(value) !== undefined);
    if (bad !== undefined) problems.values = `"${bad}" ${labelValueProblem(bad) ?? ''}`;
  }
  const { minValues } = requirement;
  if (minValues !== undefined && operatorTakesMinValues(operator)) {
    if (!Number.isInteger(minValues) || minValues < 1 || minValues > MAX_MIN_VALUES) {
      problems.minValues = `must be a whole number from 1 to ${MAX_MIN_VALUES}`;
    } else if (values.length < minValues) {
      problems.minValues = `needs at least ${minValues} values listed`;
    }
  }
  return problems;
}
