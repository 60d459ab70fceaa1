import type { ResourceList } from '../../karpenter/catalog/resources';
import type { PoolTemplate } from '../pools/poolTemplate';
import { nodeDisruptionCost } from './evictionCost';
import { addPods, liveNode, podCount, type LiveNode } from './liveNode';
import { limitsLeft, type Outcome, type Round } from './simulateCandidate';

/** The nodes while the disruption loop runs: which are up, which ever were, and their costs. */
export interface Cluster {
  live: () => readonly LiveNode[];
  /** Every node that ever ran: the plan's, then replacements in creation order. */
  everLive: readonly LiveNode[];
  podsLeftAtStart: (n: LiveNode) => number;
  disruptionCost: (n: LiveNode) => number;
  /** types.go :: IsEmpty: no reschedulable pod with a positive eviction cost. */
  isEmpty: (n: LiveNode) => boolean;
  round: () => Round;
  remove: (nodes: readonly LiveNode[]) => void;
  apply: (candidates: readonly LiveNode[], outcome: Exclude<Outcome, { kind: 'none' }>) => void;
  nextId: (pool: string) => string;
}

function byId(a: LiveNode, b: LiveNode): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function createCluster(
  initial: readonly LiveNode[],
  templates: readonly PoolTemplate[],
  costOf: (workload: number) => number,
  requestsOf: (workload: number) => ResourceList,
): Cluster {
  let live = [...initial];
  const everLive = [...initial];
  const podsLeft = new Map<LiveNode, number>(initial.map((n) => [n, podCount(n)]));
  // A node's cost changes only when pods land on it: `apply` forgets it then.
  const costs = new Map<LiveNode, number>();
  const disruptionCost = (n: LiveNode) => {
    let cost = costs.get(n);
    if (cost === undefined) costs.set(n, (cost = nodeDisruptionCost(n.pods, costOf)));
    return cost;
  };
  return {
    live: () => live,
    everLive,
    podsLeftAtStart: (n) => podsLeft.get(n) ?? 0,
    disruptionCost,
    isEmpty: (n) => disruptionCost(n) <= 1,
    round: () => ({ byName: [...live].sort(byId), limitsLeft: limitsLeft(templates, live) }),
    remove: (nodes) => {
      live = live.filter((n) => !nodes.includes(n));
    },
    apply: (candidates, outcome) => {
      for (const [dest, byWorkload] of outcome.placements) {
        for (const [w, n] of byWorkload) addPods(dest, w, n, requestsOf(w));
        costs.delete(dest);
      }
      live = live.filter((n) => !candidates.includes(n));
      if (outcome.kind !== 'replace') return;
      const template = outcome.claim.template;
      const option = template.options.find((o) => o.type.name === outcome.node.instanceType);
      if (!option) return;
      const added = liveNode(
        outcome.node,
        template,
        option,
        candidates.map((c) => c.id).join(', '),
      );
      live.push(added);
      everLive.push(added);
      podsLeft.set(added, podCount(added));
    },
    nextId: (pool) => {
      let most = 0;
      for (const n of everLive) {
        const m = n.id.startsWith(`${pool}-`) ? Number(n.id.slice(pool.length + 1)) : 0;
        if (Number.isFinite(m) && m > most) most = m;
      }
      return `${pool}-${most + 1}`;
    },
  };
}
