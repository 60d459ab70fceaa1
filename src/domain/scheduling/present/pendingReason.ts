import type { WorkloadPlan } from '../plan/planTypes';

/**
 * Why a workload's pods stay pending, in a few words: Karpenter ignoring the pod, else the first
 * refusal in Karpenter's order of pools (the best-ranked pool's own reason), naming that pool.
 */
export function pendingReason(plan: WorkloadPlan): string {
  if (plan.ignored) return plan.ignored.message;
  const refused = plan.verdicts.find((v) => v.refusal);
  if (refused?.refusal) return `NodePool "${refused.pool}": ${refused.refusal.message}`;
  if (plan.verdicts.length === 0) return 'no NodePool in the design';
  return 'no NodePool takes them';
}
