import type { Workload } from '../pods/workload';

const POD_DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';

/**
 * core pkg/utils/disruption/disruption.go :: EvictionCost: 1, plus the pod-deletion-cost
 * annotation / 2²⁷, plus the priority / 2²⁵, clamped to [−10, 10]. Read from the pod template
 * (its `priority`, when a template sets it, stands in for the one admission would resolve).
 */
export function evictionCost(workload: Workload): number {
  let cost = 1;
  const annotation = workload.template.metadata?.annotations?.[POD_DELETION_COST];
  const deletionCost = annotation === undefined ? Number.NaN : Number.parseFloat(annotation);
  if (Number.isFinite(deletionCost)) cost += deletionCost / 2 ** 27;
  const priority = workload.template.spec.priority;
  if (typeof priority === 'number') cost += priority / 2 ** 25;
  return Math.min(10, Math.max(-10, cost));
}

/**
 * `computeRescheduleDisruptionCost`: 1 per node plus the positive eviction costs of its
 * reschedulable pods. A node whose cost is 1 is empty (types.go :: IsEmpty).
 */
export function nodeDisruptionCost(
  pods: ReadonlyMap<number, number>,
  costOf: (workload: number) => number,
): number {
  let cost = 1;
  for (const [workload, count] of pods) cost += Math.max(0, costOf(workload)) * count;
  return cost;
}
