import type { ResourceId } from '../../design/types';
import { plural } from '../../lib/plural';
import type { DesignPlan } from '../plan/designPlan';
import { pendingReason } from './pendingReason';
import { PLANNING_VERDICT, type WorkloadVerdict } from './planningVerdict';

/** The verdict of one workload; `planned` is undefined until the catalog has loaded. */
export function workloadVerdict(planned: DesignPlan | undefined, id: ResourceId): WorkloadVerdict {
  if (!planned) return PLANNING_VERDICT;
  const plan = planned.byId.get(id);
  if (!plan) {
    // DaemonSets are not placed but run on every node they tolerate: no edge, no pool.
    const index = planned.workloads.findIndex((w) => w.id === id);
    const daemonSet = planned.plan.daemonSets.find((d) => d.workload === index);
    if (!daemonSet) return PLANNING_VERDICT;
    const pools = daemonSet.pools.length;
    return pools === 0
      ? { pool: '', text: 'DaemonSet: runs on no pool’s nodes', tone: 'wait' }
      : { pool: '', text: `DaemonSet: runs on ${plural(pools, 'pool')}`, tone: 'ok' };
  }
  if (plan.replicas === 0 && !plan.ignored)
    return { pool: '', text: 'no pods to place', tone: 'wait' };
  if (plan.ignored)
    return {
      pool: '',
      text: 'ignored by Karpenter',
      tone: 'pending',
      why: pendingReason(planned, plan).reason,
    };
  if (!plan.pool)
    return {
      pool: '',
      text: `pending: ${plan.pending} of ${plural(plan.replicas, 'pod')}`,
      tone: 'pending',
      why: pendingReason(planned, plan).reason,
    };
  if (plan.pending > 0)
    return {
      pool: plan.pool,
      text: `→ ${plan.pool} · ${plan.pending} of ${plan.replicas} pending`,
      tone: 'pending',
      why: pendingReason(planned, plan).reason,
    };
  return { pool: plan.pool, text: `→ ${plan.pool}`, tone: 'ok' };
}
