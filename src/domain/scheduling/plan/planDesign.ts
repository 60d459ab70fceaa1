import type { Design } from '../../design/types';
import type { InstanceCatalog } from '../../karpenter/catalog/instanceType';
import type { ResourceList } from '../../karpenter/catalog/resources';
import { requirementsOf } from '../../karpenter/requirements/requirements';
import { nodeOverlaysForDesign } from '../../yaml/export/migExports';
import { daemonSetPod, daemonSetRequirementAlternatives } from '../pods/daemonSets';
import { ignoredReason } from '../pods/ignoredPods';
import { hostPorts } from '../pods/hostPorts';
import { podRequests } from '../pods/podRequests';
import { relax } from '../pods/relaxation';
import type { Workload } from '../pods/workload';
import { buildPools, type Pools } from '../pools/buildPools';
import type { PreparedDaemonSet } from '../pools/daemonSetOverhead';
import { importedOverlays } from '../pools/importedOverlays';
import { prepareOverlay, type PreparedOverlay } from '../pools/overlays';
import { byKarpenterOrder } from '../pools/poolTemplate';
import type { PoolTemplate } from '../pools/poolTemplate';
import { unmodelledTopology } from './hostnameSpread';
import { launch } from './launch';
import type { DaemonSetPlan, Plan, PoolPlan, WorkloadPlan } from './planTypes';
import type { PlannedNode } from './plannedNode';
import { MAX_PLANNED_PODS, replicasOf } from './replicas';
import { poolNotes } from './poolNotes';
import { preparePod, type PreparedPod } from './preparedPod';
import type { Refusal } from './refusal';
import { solve, type QueuedWorkload } from './solve';
import { verdictsFor } from './verdicts';

export interface PlanInput {
  design: Design;
  workloads: readonly Workload[];
  catalog: InstanceCatalog;
}

function prepareDaemonSet(workload: Workload): PreparedDaemonSet {
  const pod = daemonSetPod(workload.template);
  return {
    name: workload.name,
    requests: podRequests(pod),
    hostPorts: hostPorts(pod),
    tolerations: pod.tolerations ?? [],
    terms: daemonSetRequirementAlternatives(pod).map(requirementsOf),
  };
}

interface CachedPools {
  catalog: InstanceCatalog;
  daemonSets: readonly Workload[];
  pools: Pools;
}

const poolCache = new WeakMap<Design, CachedPools>();

/**
 * The design's pools, kept while the design, the catalog and the DaemonSets are the same
 * objects: editing a workload re-plans without rebuilding 20 pools × 1,363 types.
 */
function poolsFor(
  design: Design,
  catalog: InstanceCatalog,
  daemonSets: readonly Workload[],
): Pools {
  const cached = poolCache.get(design);
  if (
    cached &&
    cached.catalog === catalog &&
    cached.daemonSets.length === daemonSets.length &&
    cached.daemonSets.every((d, i) => d === daemonSets[i])
  ) {
    return cached.pools;
  }
  const pools = buildPools(
    design,
    catalog,
    preparedDaemonSets(daemonSets),
    preparedOverlays(design),
  );
  poolCache.set(design, { catalog, daemonSets, pools });
  return pools;
}

let lastDaemonSets: { sources: readonly Workload[]; prepared: readonly PreparedDaemonSet[] } = {
  sources: [],
  prepared: [],
};

/**
 * The DaemonSets as the pools read them, the same array while they are the same workloads: each
 * pool's template is kept while what it was built from is (buildPools), so an edit of one pool
 * rebuilds that pool only.
 */
function preparedDaemonSets(daemonSets: readonly Workload[]): readonly PreparedDaemonSet[] {
  const last = lastDaemonSets;
  if (
    last.sources.length === daemonSets.length &&
    last.sources.every((d, i) => d === daemonSets[i])
  )
    return last.prepared;
  lastDaemonSets = { sources: daemonSets, prepared: daemonSets.map(prepareDaemonSet) };
  return lastDaemonSets.prepared;
}

let lastOverlays: { key: string; prepared: readonly PreparedOverlay[] } = { key: '', prepared: [] };

/** The design's NodeOverlays, the same array while they say the same (see preparedDaemonSets). */
function preparedOverlays(design: Design): readonly PreparedOverlay[] {
  const manifests = [...nodeOverlaysForDesign(design), ...importedOverlays(design)];
  const key = JSON.stringify(manifests);
  if (key === lastOverlays.key) return lastOverlays.prepared;
  const prepared = manifests
    .map(prepareOverlay)
    // NodeOverlays are ordered as pools are: weight, then name descending (store.go :: apply).
    .sort(byKarpenterOrder);
  lastOverlays = { key, prepared };
  return prepared;
}

/** Karpenter's queue order: cpu requests descending, then memory, then creation (spec 1.5). */
function byQueueOrder(
  a: { index: number; requests: ResourceList },
  b: { index: number; requests: ResourceList },
): number {
  return (
    (b.requests['cpu'] ?? 0) - (a.requests['cpu'] ?? 0) ||
    (b.requests['memory'] ?? 0) - (a.requests['memory'] ?? 0) ||
    a.index - b.index
  );
}

/** The pod shapes relaxation leads to, made on demand and kept. */
export function levels(
  index: number,
  workload: Workload,
  requests: ResourceList,
  toleratePreferNoSchedule: boolean,
): (n: number) => PreparedPod | undefined {
  const labels = workload.template.metadata?.labels ?? {};
  const made: PreparedPod[] = [preparePod(index, 0, workload.template.spec, labels, requests, [])];
  let exhausted = false;
  return (n) => {
    while (made.length <= n && !exhausted) {
      const last = made[made.length - 1]!;
      const next = relax(last.spec, toleratePreferNoSchedule);
      if (!next) exhausted = true;
      else
        made.push(
          preparePod(index, made.length, next.spec, labels, requests, [
            ...last.relaxed,
            next.relaxed,
          ]),
        );
    }
    return made[n];
  };
}

function sum(nodes: readonly PlannedNode[]): { price: number; unpriced: number } {
  let price = 0;
  let unpriced = 0;
  for (const n of nodes) {
    if (n.pricePerHour === undefined) unpriced += 1;
    else price += n.pricePerHour;
  }
  return { price, unpriced };
}

/** The design's pools as the plan of these workloads sees them (cached with the plan's). */
export function poolsOf({ design, workloads, catalog }: PlanInput): Pools {
  return poolsFor(
    design,
    catalog,
    workloads.filter((w) => w.kind === 'DaemonSet'),
  );
}

/**
 * What Karpenter v1.14.1 would do with these workloads pending at once against this design:
 * the pools it would choose, the nodes it would launch, and for every other pool why not.
 * A dry run of one provisioning batch on an empty cluster (no existing nodes).
 */
export function planDesign({ design, workloads, catalog }: PlanInput): Plan {
  const daemonSetWorkloads = workloads
    .map((workload, index) => ({ workload, index }))
    .filter(({ workload }) => workload.kind === 'DaemonSet');
  const { templates, dropped } = poolsFor(
    design,
    catalog,
    daemonSetWorkloads.map(({ workload }) => workload),
  );
  const toleratePreferNoSchedule = templates.some((t) =>
    t.taints.some((taint) => taint.effect === 'PreferNoSchedule'),
  );

  const ignored = new Map<number, Refusal>();
  const queue: (QueuedWorkload & { index: number; requests: ResourceList })[] = [];
  workloads.forEach((workload, index) => {
    if (workload.kind === 'DaemonSet') return;
    const reason = ignoredReason(workload.template.spec);
    if (reason) {
      ignored.set(index, {
        check: 'ignored',
        message: reason.reason,
        explanation:
          'Karpenter ignores this pod: it never provisions a node for it, whatever the pools.',
        ...(reason.uncertain ? { uncertain: true } : {}),
      });
      return;
    }
    const requests = podRequests(workload.template.spec);
    queue.push({
      index,
      workload: index,
      replicas: replicasOf(workload),
      requests,
      level: levels(index, workload, requests, toleratePreferNoSchedule),
    });
  });
  queue.sort(byQueueOrder);
  // A typo such as 10000000 replicas must not freeze the tab: past the cap, replicas stay
  // unplanned, counted as pending and said so on the workload.
  const unplanned = new Map<number, number>();
  let budget = MAX_PLANNED_PODS;
  for (const queued of queue) {
    const planned = Math.min(queued.replicas, budget);
    if (planned < queued.replicas) unplanned.set(queued.index, queued.replicas - planned);
    queued.replicas = planned;
    budget -= planned;
  }

  const solution = solve(templates, queue);
  const perPool = new Map<string, number>();
  const minValues = (t: PoolTemplate) =>
    t.manifest.spec.template.spec.requirements.some((r) => r.minValues !== undefined);
  const nodes = solution.claims.map((claim) => {
    const n = (perPool.get(claim.template.name) ?? 0) + 1;
    perPool.set(claim.template.name, n);
    return launch(claim, `${claim.template.name}-${n}`, minValues(claim.template));
  });

  const workloadPlans: WorkloadPlan[] = [];
  workloads.forEach((workload, index) => {
    if (workload.kind === 'DaemonSet') return;
    workloadPlans.push(
      verdictsFor({
        design,
        index,
        workload,
        templates,
        dropped,
        nodes,
        solution,
        ignored: ignored.get(index),
        pod: queue.find((q) => q.index === index)?.level(0),
        unplanned: unplanned.get(index) ?? 0,
        notes: [
          ...unmodelledTopology(workload.template.spec),
          ...(unplanned.has(index)
            ? [
                `The dry run plans at most ${MAX_PLANNED_PODS.toLocaleString('en')} pods at once: ${(unplanned.get(index) ?? 0).toLocaleString('en')} replicas of this workload were not planned and count as pending.`,
              ]
            : []),
        ],
      }),
    );
  });

  const daemonSetPlans: DaemonSetPlan[] = daemonSetWorkloads.map(({ workload, index }) => ({
    workload: index,
    name: workload.name,
    pools: templates
      .filter((t) => t.options.some((o) => o.daemonSets.includes(workload.name)))
      .map((t) => t.name),
  }));

  const pools: PoolPlan[] = [
    ...templates.map((t) => {
      const own = nodes.filter((n) => n.pool === t.name);
      const { price, unpriced } = sum(own);
      return {
        poolId: t.resourceId,
        pool: t.name,
        weight: t.weight,
        instanceTypes: t.options.length,
        nodes: own.map((n) => n.id),
        pricePerHour: price,
        unpriced,
        notes: poolNotes(t, own),
        ...(t.limits
          ? { limits: t.limits, limitsLeft: solution.remaining.get(t.name) ?? t.limits }
          : {}),
      };
    }),
    ...dropped.map((d) => ({
      poolId: d.resourceId,
      pool: d.name,
      weight: d.weight,
      dropped: d.refusal,
      notes: [],
      instanceTypes: 0,
      nodes: [],
      pricePerHour: 0,
      unpriced: 0,
    })),
  ];
  return {
    pools,
    nodes,
    workloads: workloadPlans,
    daemonSets: daemonSetPlans,
    pricePerHour: sum(nodes).price,
  };
}
