import type { ResourceList } from '../../karpenter/catalog/resources';
import {
  describeMinValuesShortfall,
  minValuesShortfall,
} from '../../karpenter/requirements/minValues';
import { compatibleError, hasMinValues } from '../../karpenter/requirements/requirements';
import { taintRefusal } from '../plan/checks';
import { setOptions, type Claim } from '../plan/claim';
import { launch } from '../plan/launch';
import type { PlannedNode } from '../plan/plannedNode';
import type { PreparedPod } from '../plan/preparedPod';
import { solve, type QueuedWorkload } from '../plan/solve';
import { launchCapacityTypes, type LaunchCapacityType } from '../pools/allows';
import type { PoolTemplate } from '../pools/poolTemplate';
import type { SpotToSpot } from './consolidationTypes';
import type { LiveNode } from './liveNode';

/** core consolidation.go :: MinInstanceTypesForSpotToSpotConsolidation. */
export const MIN_SPOT_TO_SPOT_TYPES = 15;

/** Everything the simulation needs besides the nodes. */
export interface SimulationContext {
  templates: readonly PoolTemplate[];
  queued: ReadonlyMap<number, QueuedWorkload>;
  /** Workload names, for messages. */
  names: ReadonlyMap<number, string>;
  spotToSpot: boolean;
  nextId: (pool: string) => string;
}

/** The nodes as one round of the disruption loop sees them. */
export interface Round {
  /** Sorted by name, as scheduler.go :: sortExistingNodes orders existing nodes. */
  byName: readonly LiveNode[];
  limitsLeft: ReadonlyMap<string, ResourceList>;
}

export type Placements = Map<LiveNode, Map<number, number>>;

export type Outcome =
  | { kind: 'delete'; placements: Placements }
  | {
      kind: 'replace';
      placements: Placements;
      node: PlannedNode;
      claim: Claim;
      capacityType: LaunchCapacityType;
      uncertain: boolean;
      spotToSpot?: SpotToSpot;
    }
  | { kind: 'none'; reason: string; uncertain?: boolean; spotToSpot?: SpotToSpot };

const ROUNDING = 1e-6;

/** Room for the pod's requests (requests only: limits are never read, spec 4.6). */
function hasRoom(
  node: LiveNode,
  pod: PreparedPod,
  added: Readonly<Record<string, number>> | undefined,
): boolean {
  const { allocatable, daemonOverhead } = node.option;
  for (const r of pod.requested) {
    const used =
      (node.requests[r] ?? 0) +
      (added?.[r] ?? 0) +
      (daemonOverhead[r] ?? 0) +
      (pod.requests[r] ?? 0);
    if (used > (allocatable[r] ?? 0) + ROUNDING) return false;
  }
  return true;
}

function compatible(node: LiveNode, pod: PreparedPod): boolean {
  return (
    taintRefusal(node.template, pod) === undefined &&
    compatibleError(node.requirements, pod.requirements) === undefined
  );
}

function byQueueOrder(a: PreparedPod, b: PreparedPod): number {
  return (
    (b.requests['cpu'] ?? 0) - (a.requests['cpu'] ?? 0) ||
    (b.requests['memory'] ?? 0) - (a.requests['memory'] ?? 0) ||
    a.workload - b.workload
  );
}

/**
 * What each pool's limits have left with these nodes running: limits count capacity, `nodes: 1`
 * per node (spec 1.11). Computed once per round; a candidate gives its own share back.
 */
export function limitsLeft(
  templates: readonly PoolTemplate[],
  nodes: readonly LiveNode[],
): Map<string, ResourceList> {
  const left = new Map<string, Record<string, number>>();
  for (const t of templates) if (t.limits) left.set(t.name, { ...t.limits });
  for (const node of nodes) {
    const l = left.get(node.template.name);
    if (l) for (const k in l) l[k] = (l[k] ?? 0) - share(node, k);
  }
  return left;
}

function share(node: LiveNode, resource: string): number {
  return resource === 'nodes' ? 1 : (node.option.capacity[resource] ?? 0);
}

function withoutCandidates(
  left: ReadonlyMap<string, ResourceList>,
  candidates: readonly LiveNode[],
): Map<string, ResourceList> {
  const result = new Map(left);
  for (const candidate of candidates) {
    const own = result.get(candidate.template.name);
    if (!own) continue;
    const back: Record<string, number> = {};
    for (const k in own) back[k] = (own[k] ?? 0) + share(candidate, k);
    result.set(candidate.template.name, back);
  }
  return result;
}

/**
 * Consolidation of `candidates` together (spec 4.5, core consolidation.go ::
 * computeConsolidation): their pods go to the other nodes first (sorted by name, as
 * scheduler.go :: sortExistingNodes), the rest to new NodeClaims from any pool. No new
 * NodeClaim: delete; exactly one: replace if strictly cheaper; more: nothing.
 */
export function simulate(
  candidates: readonly LiveNode[],
  round: Round,
  ctx: SimulationContext,
): Outcome {
  const destinations = round.byName;
  const leaving = new Set(candidates);
  const podsToPlace = new Map<number, number>();
  for (const c of candidates) {
    for (const [w, n] of c.pods) podsToPlace.set(w, (podsToPlace.get(w) ?? 0) + n);
  }
  const pods = [...podsToPlace.keys()]
    .map((w) => ctx.queued.get(w)?.level(0))
    .filter((p): p is PreparedPod => p !== undefined)
    .sort(byQueueOrder);
  const placements: Placements = new Map();
  const added = new Map<LiveNode, Record<string, number>>();
  const rest: QueuedWorkload[] = [];
  for (const pod of pods) {
    const count = podsToPlace.get(pod.workload) ?? 0;
    let placed = 0;
    // A node that refuses one replica refuses the next: adding pods only takes room.
    let at = 0;
    while (placed < count && at < destinations.length) {
      const node = destinations[at]!;
      // ExistingNode.CanAdd: taints, room, requirements (and the per-node cap of hostname spread).
      let sum = added.get(node);
      const byWorkload = placements.get(node);
      if (
        leaving.has(node) ||
        !hasRoom(node, pod, sum) ||
        (node.pods.get(pod.workload) ?? 0) + (byWorkload?.get(pod.workload) ?? 0) >= pod.perNode ||
        !compatible(node, pod)
      ) {
        at += 1;
        continue;
      }
      if (!sum) added.set(node, (sum = {}));
      for (const r in pod.requests) sum[r] = (sum[r] ?? 0) + (pod.requests[r] ?? 0);
      let map = byWorkload;
      if (!map) placements.set(node, (map = new Map<number, number>()));
      map.set(pod.workload, (map.get(pod.workload) ?? 0) + 1);
      placed += 1;
    }
    const queued = ctx.queued.get(pod.workload);
    if (placed < count && queued) rest.push({ ...queued, replicas: count - placed });
  }
  if (rest.length === 0) return { kind: 'delete', placements };

  const solution = solve(ctx.templates, rest, withoutCandidates(round.limitsLeft, candidates));
  for (const [workload, pending] of solution.pending) {
    const refusal = pending.refusals[0]?.refusal.message ?? 'no pool takes it';
    return {
      kind: 'none',
      reason: `not all pods would schedule, ${ctx.names.get(workload) ?? 'pod'} => ${refusal}`,
    };
  }
  if (solution.claims.length > 1) {
    return {
      kind: 'none',
      reason: `Can't remove without creating ${solution.claims.length} candidates`,
    };
  }
  const claim = solution.claims[0]!;
  return replacement(candidates, claim, placements, ctx);
}

/** Single-node consolidation of one candidate. */
export function simulateCandidate(
  candidate: LiveNode,
  round: Round,
  ctx: SimulationContext,
): Outcome {
  return simulate([candidate], round, ctx);
}

/** Spec 4.5 step 5 and 4.7: a strictly cheaper single replacement, spot-to-spot rules. */
function replacement(
  candidates: readonly LiveNode[],
  claim: Claim,
  placements: Placements,
  ctx: SimulationContext,
): Outcome {
  const candidatePrice = candidates.reduce((s, c) => s + (c.price ?? 0), 0);
  const allowsSpot = launchCapacityTypes(claim.requirements).includes('spot');
  const allSpot = candidates.every((c) => c.capacityType === 'spot');
  const spotToSpot = allSpot && allowsSpot;
  // Without spot prices, spot is compared at its on-demand ceiling: a guess either way.
  const uncertain = allowsSpot || candidates.some((c) => c.capacityType === 'spot');
  if (spotToSpot && !ctx.spotToSpot) {
    return {
      kind: 'none',
      reason: "SpotToSpotConsolidation is disabled, can't replace a spot node with a spot node",
      spotToSpot: 'disabled',
    };
  }
  // RemoveInstanceTypeOptionsByPriceAndMinValues: WorstLaunchPrice < candidate price, strictly.
  const cheaper = claim.options.filter((o) => o.price !== undefined && o.price < candidatePrice);
  cheaper.sort((a, b) => (a.price ?? 0) - (b.price ?? 0));
  if (hasMinValues(claim.requirements) && cheaper.length > 0) {
    const shortfall = minValuesShortfall(
      claim.requirements,
      cheaper.map((o) => o.type),
    );
    if (shortfall.length > 0) {
      return {
        kind: 'none',
        reason: `Filtering by price: ${describeMinValuesShortfall(shortfall)}`,
        uncertain,
      };
    }
  }
  if (cheaper.length === 0) {
    return {
      kind: 'none',
      reason: "Can't replace with a cheaper node",
      uncertain,
      ...(spotToSpot ? { spotToSpot: 'no-cheaper-type' as const } : {}),
    };
  }
  let options = cheaper;
  // Multi-node spot-to-spot has no 15-type minimum (computeSpotToSpotConsolidation).
  if (spotToSpot && candidates.length === 1) {
    if (cheaper.length < MIN_SPOT_TO_SPOT_TYPES) {
      return {
        kind: 'none',
        reason: `SpotToSpotConsolidation requires ${MIN_SPOT_TO_SPOT_TYPES} cheaper instance type options than the current candidate to consolidate, got ${cheaper.length}`,
        uncertain,
        spotToSpot: 'too-few-cheaper-types',
      };
    }
    // Launch from the 15 cheapest so the new node is never immediately consolidated again.
    if (!hasMinValues(claim.requirements)) options = cheaper.slice(0, MIN_SPOT_TO_SPOT_TYPES);
  }
  setOptions(claim, options);
  const node = launch(claim, ctx.nextId(claim.template.name), hasMinValues(claim.requirements));
  // Both capacity types allowed: Karpenter pins the replacement to spot (consolidation.go).
  const capacityType: LaunchCapacityType = allowsSpot ? 'spot' : 'on-demand';
  return {
    kind: 'replace',
    placements,
    node: { ...node, capacityType },
    claim,
    capacityType,
    uncertain,
    ...(spotToSpot ? { spotToSpot: 'replaced' as const } : {}),
  };
}

/**
 * Multi-node replacements only (multinodeconsolidation.go :: filterOutSameInstanceType): when
 * the replacement could be one of the candidates' own types, keep only the options strictly
 * cheaper than the cheapest such type, else deleting the others alone would do.
 */
export function withoutSameInstanceType(
  outcome: Extract<Outcome, { kind: 'replace' }>,
  candidates: readonly LiveNode[],
): Outcome {
  const priceOf = new Map<string, number>();
  for (const c of candidates) {
    const p = c.price ?? Number.POSITIVE_INFINITY;
    const name = c.option.type.name;
    if (p < (priceOf.get(name) ?? Number.POSITIVE_INFINITY)) priceOf.set(name, p);
  }
  let maxPrice = Number.POSITIVE_INFINITY;
  for (const o of outcome.claim.options) {
    const p = priceOf.get(o.type.name);
    if (p !== undefined && p < maxPrice) maxPrice = p;
  }
  if (maxPrice === Number.POSITIVE_INFINITY) return outcome;
  const options = outcome.claim.options.filter((o) => o.price !== undefined && o.price < maxPrice);
  if (options.length === 0) {
    return {
      kind: 'none',
      reason: "Can't replace with a cheaper node",
      uncertain: outcome.uncertain,
    };
  }
  setOptions(outcome.claim, options);
  const node = launch(outcome.claim, outcome.node.id, hasMinValues(outcome.claim.requirements));
  return { ...outcome, node: { ...node, capacityType: outcome.capacityType } };
}
