import type { WorkloadResource } from '../domain/design/types';
import type { WorkloadManifest } from '../domain/kube/workloadManifest';
import type { DesignPlan } from '../domain/scheduling/plan/designPlan';
import type { PlannedNode } from '../domain/scheduling/plan/plannedNode';
import type { WorkloadPlan } from '../domain/scheduling/plan/planTypes';
import type { LaunchCapacityType } from '../domain/scheduling/pools/allows';
import { costSummary } from '../domain/scheduling/present/costSummary';
import { pendingReason } from '../domain/scheduling/present/pendingReason';
import { daemonSetPools } from '../domain/scheduling/present/placementRows';
import { placementsOf } from '../domain/scheduling/present/placements';

/** Where a resource was read: the path as given and its 1-based line (null when unknown). */
interface Origin {
  file: string;
  line: number | null;
}

/** Nodes alike (same pool, instance type and capacity type) that hold some of a workload's pods. */
export interface SimulatedNodes {
  pool: string;
  instanceType: string;
  capacityType: LaunchCapacityType;
  count: number;
  /** On-demand USD an hour for one node (for spot, the ceiling); null when the type has no price. */
  pricePerHour: number | null;
}

export interface SimulatedWorkload extends Origin {
  kind: string;
  namespace: string;
  name: string;
  /** The pool most of its pods land on; null when none does. */
  pool: string | null;
  nodes: SimulatedNodes[];
  pods: { placed: number; total: number };
  /** Some of its pods would stay pending (or Karpenter ignores the pod altogether). */
  pending: boolean;
  /** Why, in the words the app's Placement section uses; null when nothing is pending. */
  reason: string | null;
  /** What the human output shows per pool: `3 × m7i.xlarge · on-demand · ~$0.60/h`. */
  placements: { pool: string; pods: number; label: string }[];
}

/** A DaemonSet: not placed, it adds its requests to every node of the pools it runs on. */
export interface SimulatedDaemonSet extends Origin {
  kind: 'DaemonSet';
  namespace: string;
  name: string;
  pools: string[];
}

export interface SimulatedPool {
  name: string;
  nodes: number;
  costPerHour: number;
  costPerMonth: number;
  /** Some of its nodes are spot: the cost is their on-demand ceiling. */
  spot: boolean;
  /** Nodes whose type has no known price, left out of the cost. */
  unpriced: number;
  /** Why the pool takes no part, when it does not. */
  dropped: string | null;
}

/**
 * `simulate --format json`, version 1. Workloads are sorted by namespace, then name, then kind;
 * DaemonSets apart, as the overhead they are; pools as the app's Plan tab lists them (those
 * with nodes first, dearest first). Money is USD at on-demand prices, a month being 730 hours.
 * `messages` are what reading the files said (a file that is not YAML, a document skipped, an
 * older API converted), at 1-based line and column, in the order the files were read.
 */
export interface Simulation {
  version: 1;
  workloads: SimulatedWorkload[];
  daemonSets: SimulatedDaemonSet[];
  pools: SimulatedPool[];
  total: { nodes: number; perHour: number; perMonth: number; spot: boolean; unpriced: number };
  messages: {
    file: string;
    line: number;
    column: number;
    severity: 'error' | 'warning' | 'info';
    text: string;
  }[];
}

/** Sums of prices carry float noise (790.5899999999999); a millionth of a dollar is exact enough. */
function usd(amount: number): number {
  return Math.round(amount * 1e6) / 1e6;
}

function namespaceOf(manifest: WorkloadManifest): string {
  return manifest.metadata.namespace ?? 'default';
}

function nodesOf(planned: DesignPlan, plan: WorkloadPlan): SimulatedNodes[] {
  const byId = new Map<string, PlannedNode>(planned.plan.nodes.map((node) => [node.id, node]));
  const groups = new Map<string, SimulatedNodes>();
  for (const { node: id } of plan.nodes) {
    const node = byId.get(id);
    if (!node) continue;
    const key = `${node.pool}/${node.instanceType}/${node.capacityType}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else
      groups.set(key, {
        pool: node.pool,
        instanceType: node.instanceType,
        capacityType: node.capacityType,
        count: 1,
        pricePerHour: node.pricePerHour ?? null,
      });
  }
  return [...groups.values()];
}

/**
 * What the plan says of each workload and pool, in the shape the CLI prints: the app's own
 * presenters (pendingReason, placementLabel, costSummary) do the wording and the sums.
 */
export function simulation(
  planned: DesignPlan,
  originOf: (resource: WorkloadResource) => Origin,
  messages: Simulation['messages'],
): Simulation {
  const placements = placementsOf(planned.plan);
  const workloads: SimulatedWorkload[] = [];
  const daemonSets: SimulatedDaemonSet[] = [];
  for (const resource of planned.workloads) {
    const { manifest } = resource;
    const base = {
      ...originOf(resource),
      namespace: namespaceOf(manifest),
      name: manifest.metadata.name,
    };
    const plan = planned.byId.get(resource.id);
    if (!plan) {
      const pools = daemonSetPools(planned, resource.id);
      if (pools) daemonSets.push({ ...base, kind: 'DaemonSet', pools: [...pools] });
      continue;
    }
    const pending = plan.pending > 0 || plan.ignored !== undefined;
    workloads.push({
      ...base,
      kind: manifest.kind,
      pool: plan.pool ?? null,
      nodes: nodesOf(planned, plan),
      pods: { placed: plan.placed, total: plan.replicas },
      pending,
      reason: pending ? pendingReason(planned, plan).reason : null,
      placements: (placements.get(plan.workload) ?? []).map(({ pool, pods, label }) => ({
        pool,
        pods,
        label,
      })),
    });
  }
  // Code-point order, as the engine sorts names: the same on every machine and locale.
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const order = (a: SimulatedDaemonSet | SimulatedWorkload, b: typeof a) =>
    compare(a.namespace, b.namespace) || compare(a.name, b.name) || compare(a.kind, b.kind);
  const summary = costSummary(planned);
  return {
    version: 1,
    workloads: workloads.sort(order),
    daemonSets: daemonSets.sort(order),
    pools: summary.pools.map((pool) => ({
      name: pool.pool,
      nodes: pool.nodes,
      costPerHour: usd(pool.perHour),
      costPerMonth: usd(pool.perMonth),
      spot: pool.spot,
      unpriced: pool.unpriced,
      dropped: pool.dropped ?? null,
    })),
    total: {
      nodes: summary.nodes,
      perHour: usd(summary.perHour),
      perMonth: usd(summary.perMonth),
      spot: summary.spot,
      unpriced: summary.unpriced,
    },
    messages,
  };
}
