import { removeAt, replaceAt } from '../../lib/listEdits';
import { withOptional } from '../../lib/mapEdits';
import { withTemplateSpec } from './nodePoolEdits';
import type { NodePool, NodeSelectorRequirement, RequirementOperator } from '../model/types';

/** Operators that compare a label against one number (Karpenter's CRD: a single integer). */
const NUMERIC_OPERATORS: ReadonlySet<RequirementOperator> = new Set(['Gt', 'Lt', 'Gte', 'Lte']);

/** Exists and DoesNotExist test the key alone: Kubernetes forbids values with them. */
export function operatorTakesValues(operator: RequirementOperator): boolean {
  return operator !== 'Exists' && operator !== 'DoesNotExist';
}

export function isNumericOperator(operator: RequirementOperator): boolean {
  return NUMERIC_OPERATORS.has(operator);
}

/** minValues asks for flexibility among listed values, which only In has (CRD rule). */
export function operatorTakesMinValues(operator: RequirementOperator): boolean {
  return operator === 'In';
}

/**
 * Changes the operator and drops what the new operator cannot carry: values for Exists and
 * DoesNotExist, all but the first value for the numeric operators, minValues for all but In.
 */
export function withOperator(
  requirement: NodeSelectorRequirement,
  operator: RequirementOperator,
): NodeSelectorRequirement {
  let next: NodeSelectorRequirement = { ...requirement, operator };
  if (!operatorTakesValues(operator)) next = withOptional(next, 'values', undefined);
  else if (isNumericOperator(operator) && next.values && next.values.length > 1) {
    next = { ...next, values: next.values.slice(0, 1) };
  }
  if (!operatorTakesMinValues(operator)) next = withOptional(next, 'minValues', undefined);
  return next;
}

/** Sets the values; an empty list is left out rather than written as `values: []`. */
export function withValues(
  requirement: NodeSelectorRequirement,
  values: readonly string[],
): NodeSelectorRequirement {
  return withOptional(requirement, 'values', values.length > 0 ? [...values] : undefined);
}

export function withMinValues(
  requirement: NodeSelectorRequirement,
  minValues: number | undefined,
): NodeSelectorRequirement {
  return withOptional(requirement, 'minValues', minValues);
}

export function withRequirementAt(
  pool: NodePool,
  index: number,
  update: (requirement: NodeSelectorRequirement) => NodeSelectorRequirement,
): NodePool {
  const requirements = pool.spec.template.spec.requirements;
  const current = requirements[index];
  if (!current) return pool;
  return withTemplateSpec(pool, { requirements: replaceAt(requirements, index, update(current)) });
}

/** A blank In requirement: the most common shape, and the problems say what is missing. */
export function withRequirementAdded(pool: NodePool): NodePool {
  const blank: NodeSelectorRequirement = { key: '', operator: 'In' };
  return withTemplateSpec(pool, {
    requirements: [...pool.spec.template.spec.requirements, blank],
  });
}

export function withRequirementRemoved(pool: NodePool, index: number): NodePool {
  return withTemplateSpec(pool, {
    requirements: removeAt(pool.spec.template.spec.requirements, index),
  });
}
