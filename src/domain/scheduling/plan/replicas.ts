import type { Workload } from '../pods/workload';

/** The most pods one plan packs: five times the 10,000-pod benchmark. */
export const MAX_PLANNED_PODS = 50_000;

/** Replicas as a count: a missing, negative or non-numeric value plans nothing. */
export function replicasOf(workload: Workload): number {
  const n = Math.floor(Number(workload.replicas));
  return Number.isFinite(n) && n > 0 ? n : 0;
}
