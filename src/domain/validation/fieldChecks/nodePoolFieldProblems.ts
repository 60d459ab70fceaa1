import { labelKeyProblem, labelValueProblem } from './labelProblems';
import { isNumericOperator, operatorTakesMinValues } from '../../karpenter/edits/requirementEdits';
import type {
  Disruption,
  DisruptionBudget,
  NodePoolSpec,
  NodeSelectorRequirement,
} from '../../karpenter/model/types';
import {
  BUDGET_DURATION,
  BUDGET_NODES,
  CRON_SCHEDULE,
  DURATION_OR_NEVER,
  QUANTITY,
} from '../apiServer/patterns';

/**
 * Per-field checks the NodePool CRD makes (karpenter.sh_nodepools.yaml, v1.14.1), worded for
 * the field they are shown at, with the CRD's patterns from apiServer/patterns.ts. Each returns
 * undefined when the value is accepted.
 */

const WHOLE_NUMBER = /^[0-9]+$/;
const MAX_MIN_VALUES = 50;

export function durationOrNeverProblem(text: string | undefined): string | undefined {
  if (text === undefined || DURATION_OR_NEVER.re.test(text)) return undefined;
  return 'must be a duration such as 30s, 5m or 1h30m, or Never';
}

/** The CRD requires `consolidateAfter` once a `disruption` block exists. */
export function consolidateAfterProblem(disruption: Disruption | undefined): string | undefined {
  if (disruption === undefined) return undefined;
  if (disruption.consolidateAfter === undefined) {
    return 'required while disruption is set, e.g. 30s, 5m or Never';
  }
  return durationOrNeverProblem(disruption.consolidateAfter);
}

export function weightProblem(spec: NodePoolSpec): string | undefined {
  const { weight } = spec;
  if (weight === undefined) return undefined;
  if (!Number.isInteger(weight) || weight < 1 || weight > 100) {
    return 'must be a whole number from 1 to 100';
  }
  if (spec.replicas !== undefined)
    return 'weight is not supported on a static NodePool (replicas is set)';
  return undefined;
}

export function quantityProblem(quantity: string | number): string | undefined {
  if (typeof quantity === 'number') {
    return Number.isFinite(quantity) ? undefined : 'must be a number or a quantity such as 4000Gi';
  }
  if (quantity === '') return 'a quantity is required, e.g. 1000 or 4000Gi';
  return QUANTITY.re.test(quantity) ? undefined : 'must be a quantity such as 1000, 500m or 4000Gi';
}

export interface BudgetProblems {
  nodes?: string;
  schedule?: string;
  duration?: string;
}

export function budgetProblems(budget: DisruptionBudget): BudgetProblems {
  const problems: BudgetProblems = {};
  if (budget.nodes === undefined) problems.nodes = 'required, e.g. 10% or 1';
  else if (!BUDGET_NODES.re.test(budget.nodes))
    problems.nodes = 'must be a count or a percentage, e.g. 10% or 1';
  if (budget.schedule !== undefined && !CRON_SCHEDULE.re.test(budget.schedule)) {
    problems.schedule = 'must be a cron schedule (five fields) or a macro such as @daily';
  }
  if (budget.duration !== undefined && !BUDGET_DURATION.re.test(budget.duration)) {
    problems.duration = 'must be hours and minutes, e.g. 8h, 30m or 1h30m';
  }
  // A schedule says when a budget starts and the duration how long it lasts: one needs the other.
  if (budget.schedule !== undefined && budget.duration === undefined) {
    problems.duration ??= 'required with a schedule';
  }
  if (budget.duration !== undefined && budget.schedule === undefined) {
    problems.schedule ??= 'required with a duration';
  }
  return problems;
}

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
