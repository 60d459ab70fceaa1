import { podSpecOf } from '../../kube/workloadManifest';
import { nodePools } from '../../design/resources';
import type { DesignPlan } from '../plan/designPlan';
import type { WorkloadPlan } from '../plan/planTypes';
import { refusalWords } from './placementRows';

/** Why a workload's pods land nowhere, or no further. */
export interface PendingReason {
  /** In plain words, naming the pool that said so: what the card, Problems and the Plan tab show. */
  reason: string;
  /** Karpenter's own wording, as a cluster would log it. */
  message: string;
}

/**
 * The reason of the pool that matters: the chosen pool that ran out (its limits, most often),
 * else the first pool in Karpenter's order that refused the pods; Karpenter ignoring the pod
 * comes before both. Said as the Placement section says it.
 */
export function pendingReason(planned: DesignPlan, plan: WorkloadPlan): PendingReason {
  if (plan.ignored) return { reason: plan.ignored.explanation, message: plan.ignored.message };
  const verdict =
    plan.verdicts.find((v) => v.verdict === 'chosen' && v.refusal) ??
    plan.verdicts.find((v) => v.refusal);
  if (verdict?.refusal) {
    const resource = planned.workloads[plan.workload];
    const pool = nodePools(planned.design).find((p) => p.id === verdict.poolId);
    const spec = resource ? podSpecOf(resource.manifest) : undefined;
    const { reason } = refusalWords(planned.design, pool, spec, verdict.refusal);
    return { reason: `NodePool "${verdict.pool}": ${reason}`, message: verdict.refusal.message };
  }
  const reason =
    plan.notes[0] ??
    (plan.verdicts.length === 0 ? 'The design has no NodePool.' : 'No NodePool takes its pods.');
  return { reason, message: reason };
}
