import type { ResourceId } from '../../design/types';
import { plural } from '../../lib/plural';
import type { LaunchCapacityType } from '../pools/allows';
import { pendingReason } from './pendingReason';
import type { DesignPlan } from '../plan/designPlan';
import type { PlannedNode } from '../plan/plannedNode';

/** AWS bills a month as 730 hours (365 × 24 / 12), as its pricing pages do. */
export const HOURS_PER_MONTH = 730;

/** What the plan says beside a spot price: it shows the on-demand price, which spot never exceeds. */
export const SPOT_NOTE = 'spot prices vary; on-demand is the ceiling shown';

/** Nodes of one instance type and capacity type in a pool: "3 × m7i.xlarge". */
export interface NodeGroup {
  instanceType: string;
  capacityType: LaunchCapacityType;
  count: number;
  /** On-demand USD per hour of one node; for spot the ceiling. Undefined: the type has no price. */
  pricePerHour: number | undefined;
  /** Spot launches choose among candidates at launch: the type shown is the likely one. */
  likely: boolean;
}

export interface PoolCost {
  poolId: ResourceId;
  pool: string;
  groups: readonly NodeGroup[];
  nodes: number;
  perHour: number;
  perMonth: number;
  /** Nodes whose type has no known price: left out of the sums. */
  unpriced: number;
  /** Some of its nodes are spot: the price shown is the on-demand ceiling. */
  spot: boolean;
  /** Why the pool takes no part, when it does not. */
  dropped?: string;
}

export interface PendingWorkload {
  id: ResourceId;
  name: string;
  pending: number;
  replicas: number;
  /** Why the pods land nowhere (or no further), in plain words, naming the pool that said so. */
  reason: string;
  /** Karpenter's own wording of it, as a cluster would log it. */
  message: string;
}

export interface CostSummary {
  /** Pools with nodes first (dearest first), then the idle ones by name. */
  pools: readonly PoolCost[];
  nodes: number;
  perHour: number;
  perMonth: number;
  unpriced: number;
  spot: boolean;
  pending: readonly PendingWorkload[];
}

function groupsOf(nodes: readonly PlannedNode[]): NodeGroup[] {
  const groups = new Map<string, NodeGroup>();
  for (const node of nodes) {
    const key = `${node.instanceType}/${node.capacityType}`;
    const group = groups.get(key);
    if (group) group.count++;
    else
      groups.set(key, {
        instanceType: node.instanceType,
        capacityType: node.capacityType,
        count: 1,
        pricePerHour: node.pricePerHour,
        likely: !node.instanceTypeCertain,
      });
  }
  return [...groups.values()].sort(
    (a, b) => b.count - a.count || (a.instanceType < b.instanceType ? -1 : 1),
  );
}

/**
 * What the plan launches and what it costs, per pool and for the design (issue 16, item 5).
 * Prices are on-demand; spot nodes count at their on-demand ceiling, as the plan prices them.
 */
export function costSummary(planned: DesignPlan): CostSummary {
  const { plan, workloads } = planned;
  const nodesByPool = new Map<string, PlannedNode[]>();
  for (const node of plan.nodes) {
    const own = nodesByPool.get(node.pool);
    if (own) own.push(node);
    else nodesByPool.set(node.pool, [node]);
  }
  const pools: PoolCost[] = plan.pools.map((p) => {
    const own = nodesByPool.get(p.pool) ?? [];
    return {
      poolId: p.poolId,
      pool: p.pool,
      groups: groupsOf(own),
      nodes: own.length,
      perHour: p.pricePerHour,
      perMonth: p.pricePerHour * HOURS_PER_MONTH,
      unpriced: p.unpriced,
      spot: own.some((n) => n.capacityType === 'spot'),
      ...(p.dropped ? { dropped: p.dropped.message } : {}),
    };
  });
  pools.sort(
    (a, b) =>
      Number(b.nodes > 0) - Number(a.nodes > 0) ||
      b.perHour - a.perHour ||
      (a.pool < b.pool ? -1 : a.pool > b.pool ? 1 : 0),
  );
  const pending: PendingWorkload[] = [];
  for (const w of plan.workloads) {
    const resource = workloads[w.workload];
    if (!resource || (w.pending === 0 && !w.ignored)) continue;
    pending.push({
      id: resource.id,
      name: w.name,
      pending: w.ignored ? w.replicas : w.pending,
      replicas: w.replicas,
      ...pendingReason(planned, w),
    });
  }
  return {
    pools,
    nodes: plan.nodes.length,
    perHour: plan.pricePerHour,
    perMonth: plan.pricePerHour * HOURS_PER_MONTH,
    unpriced: pools.reduce((sum, p) => sum + p.unpriced, 0),
    spot: pools.some((p) => p.spot),
    pending,
  };
}

/** USD to the cent, or to a tenth of a cent under a dollar so small nodes do not read $0.00. */
export function dollars(amount: number): string {
  const digits = amount !== 0 && Math.abs(amount) < 1 ? 3 : 2;
  return `$${amount.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}

/** "2 nodes unpriced": said beside a sum that leaves them out. */
export function unpricedText(unpriced: number): string {
  return `${plural(unpriced, 'node')} without a known price, left out`;
}
