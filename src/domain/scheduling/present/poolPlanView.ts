/**
 * A NodePool's side of the plan (issue 16 item 4, "the reverse"): the workloads it takes, the
 * nodes it launches with what binds them, the DaemonSets on them, how full its limits are, or
 * why it takes no part.
 */
import type { ResourceId } from '../../design/types';
import type { DesignPlan } from '../plan/designPlan';
import type { Refusal } from '../plan/refusal';
import type { PlannedNode } from '../plan/plannedNode';
import { nodeUsage, type NodeUsage } from './nodeUsage';

export interface LimitUse {
  resource: string;
  limit: number;
  /** What the planned nodes count against it once they run: their capacity, or their number. */
  used: number;
  /**
   * What Karpenter's bookkeeping holds within the provisioning batch: each new NodeClaim at the
   * largest type it may still launch (pessimistic), which is what refuses more NodeClaims.
   */
  reserved: number;
}

export interface NodeGroup {
  count: number;
  /** The first node of the group: the others hold the same pods on the same type. */
  usage: NodeUsage;
}

export interface PoolPlanView {
  dropped?: Refusal;
  /** Workloads with pods on the pool's nodes, most pods first. */
  workloads: readonly { id: ResourceId; name: string; pods: number }[];
  /** DaemonSets that run on the pool's nodes. */
  daemonSets: readonly string[];
  /** Nodes alike (same type, capacity type, pods and DaemonSets) shown once, with how many. */
  nodeGroups: readonly NodeGroup[];
  /** How many nodes the pool launches. */
  nodeCount: number;
  limits: readonly LimitUse[];
  pricePerHour: number;
  unpriced: number;
  notes: readonly { text: string; uncertain: boolean }[];
}

const memo = new WeakMap<DesignPlan['plan'], Map<ResourceId, PoolPlanView | undefined>>();

/** The pool's view, or undefined when the plan does not know the pool. */
export function poolPlanView(planned: DesignPlan, poolId: ResourceId): PoolPlanView | undefined {
  let byPool = memo.get(planned.plan);
  if (!byPool) memo.set(planned.plan, (byPool = new Map<ResourceId, PoolPlanView | undefined>()));
  if (byPool.has(poolId)) return byPool.get(poolId);
  const view = build(planned, poolId);
  byPool.set(poolId, view);
  return view;
}

function build(planned: DesignPlan, poolId: ResourceId): PoolPlanView | undefined {
  const { plan, workloads } = planned;
  const pool = plan.pools.find((p) => p.poolId === poolId);
  if (!pool) return undefined;
  const nodes = plan.nodes.filter((n) => n.poolId === poolId);
  const takes: { id: ResourceId; name: string; pods: number }[] = [];
  for (const w of plan.workloads) {
    const pods = w.verdicts.find((v) => v.poolId === poolId)?.pods ?? 0;
    const resource = workloads[w.workload];
    if (pods > 0 && resource) takes.push({ id: resource.id, name: w.name, pods });
  }
  takes.sort((a, b) => b.pods - a.pods || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const limits: LimitUse[] = Object.entries(pool.limits ?? {}).map(([resource, limit]) => {
    const used =
      resource === 'nodes'
        ? nodes.length
        : nodes.reduce((sum, n) => sum + (n.capacity[resource] ?? 0), 0);
    // Karpenter never counts a batch's NodeClaims against limits.nodes (spec 1.11).
    const reserved =
      resource === 'nodes' ? used : Math.max(used, limit - (pool.limitsLeft?.[resource] ?? limit));
    return { resource, limit, used, reserved };
  });
  return {
    ...(pool.dropped ? { dropped: pool.dropped } : {}),
    workloads: takes,
    daemonSets: plan.daemonSets.filter((d) => d.pools.includes(pool.pool)).map((d) => d.name),
    nodeGroups: groupNodes(nodes, workloads),
    nodeCount: nodes.length,
    limits,
    pricePerHour: pool.pricePerHour,
    unpriced: pool.unpriced,
    notes: pool.notes,
  };
}

function groupNodes(
  nodes: readonly PlannedNode[],
  workloads: DesignPlan['workloads'],
): NodeGroup[] {
  const groups = new Map<string, NodeGroup>();
  for (const node of nodes) {
    const key = [
      node.instanceType,
      node.capacityType,
      node.pods.map((p) => `${p.workload}:${p.count}`).join(','),
      node.daemonSets.join(','),
    ].join('|');
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { count: 1, usage: nodeUsage(node, workloads) });
  }
  return [...groups.values()];
}
