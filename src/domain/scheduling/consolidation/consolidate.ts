import { levels, poolsOf, type PlanInput } from '../plan/planDesign';
import type { Plan } from '../plan/planTypes';
import type { QueuedWorkload } from '../plan/solve';
import { ignoredReason } from '../pods/ignoredPods';
import { podRequests } from '../pods/podRequests';
import { REQUESTS_VERSUS_LIMITS } from '../pods/requestsVsLimits';
import { budgetFor } from './budgets';
import { createCluster } from './cluster';
import type {
  ConsolidationOptions,
  ConsolidationResult,
  FeatureGates,
  WorkloadChange,
} from './consolidationTypes';
import { nodeResults, outcomeNotes, poolResults } from './consolidationResult';
import type { DisruptionPool } from './candidates';
import { disruptionLoop } from './disruptionLoop';
import { disruptionSettings } from './disruptionSettings';
import { doNotDisruptReason } from './doNotDisrupt';
import { evictionCost } from './evictionCost';
import { addPods, liveNode, type LiveNode } from './liveNode';
import { scaleDown, type Removal } from './scaleDown';
import type { SimulationContext } from './simulateCandidate';

/** Karpenter v1.14.1's defaults (core pkg/operator/options/options.go). */
export const DEFAULT_FEATURE_GATES: FeatureGates = { SpotToSpotConsolidation: false };

const EXPLANATION = `${REQUESTS_VERSUS_LIMITS} A common belief is that consolidation weighs limits (pod density, eviction risk): it does not. Every fit compares requests with allocatable, and "pod density" is the node's max pods, a count of pods (spec 4.6).`;

const NOTES = [
  'Each round runs Karpenter’s methods in order, the first with a command winning: emptiness, multi-node consolidation (a binary search for the longest run of candidates that goes at once), single-node consolidation. Drift and expiration are not simulated, nor the 1- and 3-minute search timeouts.',
  'Each step is judged against the nodes as the steps before left them; consolidateAfter also keeps moved pods off nodes with recent pod events, which the model waits out.',
  'Candidates go in order of price per unit of disruption (1 + their pods), pools taken in turn.',
  'PodDisruptionBudgets are not part of the design: one that allows no disruption (or a pod under two PDBs) would keep its pods’ nodes. A do-not-disrupt annotation with a duration ("5m") only blocks a pod’s first minutes and is taken as past.',
];

/**
 * What Karpenter v1.14.1's disruption controller would do once `change` lands on the planned
 * nodes (spec 4.1-4.9): which pods go, which nodes are then empty or underutilized, and per
 * node whether emptiness, multi-node or single-node consolidation deletes or replaces it, when,
 * and under which budget. Decisions read requests only, never limits (spec 4.6). `plan` is
 * `planDesign(input)`: the nodes as they run before the change.
 */
export function consolidate(
  input: PlanInput,
  plan: Plan,
  change: WorkloadChange,
  options: ConsolidationOptions = {},
): ConsolidationResult {
  const gates: FeatureGates = { ...DEFAULT_FEATURE_GATES, ...options.featureGates };
  const { templates } = poolsOf(input);
  const toleratePreferNoSchedule = templates.some((t) =>
    t.taints.some((taint) => taint.effect === 'PreferNoSchedule'),
  );

  const queued = new Map<number, QueuedWorkload>();
  const names = new Map<number, string>();
  const costs = new Map<number, number>();
  input.workloads.forEach((workload, index) => {
    names.set(index, workload.name);
    if (workload.kind === 'DaemonSet' || ignoredReason(workload.template.spec)) return;
    costs.set(index, evictionCost(workload));
    const requests = podRequests(workload.template.spec);
    queued.set(index, {
      workload: index,
      replicas: 0,
      level: levels(index, workload, requests, toleratePreferNoSchedule),
    });
  });
  const costOf = (w: number) => costs.get(w) ?? 1;
  const requestsOf = (w: number) => queued.get(w)?.level(0)?.requests ?? {};

  const templateByName = new Map(templates.map((t) => [t.name, t]));
  const initial: LiveNode[] = [];
  for (const node of plan.nodes) {
    const template = templateByName.get(node.pool);
    const option = template?.options.find((o) => o.type.name === node.instanceType);
    if (template && option) initial.push(liveNode(node, template, option));
  }

  // The change: which pods go, taken off their nodes.
  const target = input.workloads[change.workload];
  const to = change.kind === 'remove' ? 0 : change.replicas;
  const notes = [...NOTES];
  let removal: Removal = { pendingRemoved: 0, removed: [], model: '' };
  if (!target) notes.push(`No workload at index ${change.workload}: nothing changes.`);
  else if (target.kind === 'DaemonSet')
    notes.push(
      'A DaemonSet’s pods never make a node non-empty (spec 4.4): removing or scaling it changes no node’s emptiness.',
    );
  else {
    removal = scaleDown(plan, change.workload, target, to);
    const from = plan.workloads.find((w) => w.workload === change.workload)?.replicas ?? 0;
    if (to >= from) {
      notes.push(
        `"${target.name}" does not scale down (${from} to ${to}): no pod goes; more replicas are provisioning, not consolidation.`,
      );
    }
  }
  const removedFrom = new Map<string, number>();
  for (const { node, pods } of removal.removed) {
    const live = initial.find((n) => n.id === node);
    if (!live) continue;
    addPods(live, change.workload, -pods, requestsOf(change.workload));
    removedFrom.set(node, pods);
  }

  const pools = new Map<string, DisruptionPool>();
  for (const template of templates) {
    const settings = disruptionSettings(template.manifest);
    const count = initial.filter((n) => n.template === template).length;
    pools.set(template.name, {
      template,
      settings,
      budgets: {
        Empty: budgetFor(settings.budgets, count, 'Empty'),
        Underutilized: budgetFor(settings.budgets, count, 'Underutilized'),
      },
    });
  }
  const poolOf = (n: LiveNode) => pools.get(n.template.name)!;
  const daemonSets = new Map(
    input.workloads.filter((w) => w.kind === 'DaemonSet').map((w) => [w.name, w]),
  );
  const cluster = createCluster(initial, templates, costOf, requestsOf);
  const ctx: SimulationContext = {
    templates,
    queued,
    names,
    spotToSpot: gates.SpotToSpotConsolidation,
    nextId: cluster.nextId,
  };
  const verdicts = disruptionLoop({
    cluster,
    poolOf,
    blockedBy: (n) => doNotDisruptReason(n, input.workloads, daemonSets),
    ctx,
  });

  const nodes = nodeResults(cluster, verdicts, poolOf, removedFrom);
  const price = (list: readonly LiveNode[]) => list.reduce((s, n) => s + (n.price ?? 0), 0);
  return {
    method: 'multi-node and single-node consolidation',
    scaleDown: {
      workload: change.workload,
      name: target?.name ?? '',
      from: plan.workloads.find((w) => w.workload === change.workload)?.replicas ?? 0,
      to,
      pendingRemoved: removal.pendingRemoved,
      removed: removal.removed,
      model: removal.model,
    },
    nodes,
    pools: poolResults([...pools.values()], nodes, initial),
    savingsPerHour: price(initial) - price(cluster.live()),
    requestsVersusLimits: EXPLANATION,
    notes: [...notes, ...outcomeNotes(nodes, cluster, input.workloads)],
  };
}
