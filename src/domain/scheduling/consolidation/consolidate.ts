import type { ConsolidationPolicy } from '../../karpenter/model/types';
import { plural } from '../../lib/plural';
import { levels, poolsOf, type PlanInput } from '../plan/planDesign';
import type { Plan } from '../plan/planTypes';
import type { QueuedWorkload } from '../plan/solve';
import { ignoredReason } from '../pods/ignoredPods';
import { podRequests } from '../pods/podRequests';
import { REQUESTS_VERSUS_LIMITS, requestsVersusLimits } from '../pods/requestsVsLimits';
import type { PoolTemplate } from '../pools/poolTemplate';
import { balancedScore } from './balanced';
import { blockedMessage, budgetFor } from './budgets';
import type {
  BudgetReason,
  BudgetVerdict,
  ConsolidationOptions,
  ConsolidationResult,
  FeatureGates,
  NodeConsolidation,
  PoolConsolidation,
  Replacement,
  WorkloadChange,
} from './consolidationTypes';
import { disruptionSettings, whenText, type DisruptionSettings } from './disruptionSettings';
import { doNotDisruptReason } from './doNotDisrupt';
import { evictionCost, nodeDisruptionCost } from './evictionCost';
import { addPods, liveNode, podCount, type LiveNode } from './liveNode';
import { scaleDown, type Removal } from './scaleDown';
import {
  limitsLeft,
  simulateCandidate,
  type Outcome,
  type Round,
  type SimulationContext,
} from './simulateCandidate';

/** Karpenter v1.14.1's defaults (core pkg/operator/options/options.go). */
export const DEFAULT_FEATURE_GATES: FeatureGates = { SpotToSpotConsolidation: false };

const EXPLANATION = `${REQUESTS_VERSUS_LIMITS} A common belief is that consolidation weighs limits (pod density, eviction risk): it does not. Every fit compares requests with allocatable, and "pod density" is the node's max pods, a count of pods (spec 4.6).`;

const NOTES = [
  'Single-node consolidation only: Karpenter tries multi-node consolidation first (spec 4.8) and may remove several nodes in one command.',
  'Each step is judged against the nodes as the steps before left them; consolidateAfter also keeps moved pods off nodes with recent pod events, which the model waits out.',
  'Candidates go in order of price per unit of disruption (1 + their pods), pools taken in turn.',
];

interface Verdict {
  state: NodeConsolidation['state'];
  action: NodeConsolidation['action'];
  reason: string;
  step?: number;
  replacement?: Replacement;
  uncertain?: boolean;
}

interface Pool {
  template: PoolTemplate;
  settings: DisruptionSettings;
  budgets: Record<BudgetReason, BudgetVerdict>;
}

function byId(a: LiveNode, b: LiveNode): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Karpenter's candidate order: SavingsRatio descending, then the pools interleaved (singlenodeconsolidation.go). */
function candidateOrder(candidates: LiveNode[], cost: (n: LiveNode) => number): LiveNode[] {
  const sorted = [...candidates].sort(
    (a, b) => (b.price ?? 0) / cost(b) - (a.price ?? 0) / cost(a) || byId(a, b),
  );
  const byPool = new Map<string, LiveNode[]>();
  for (const n of sorted) {
    let list = byPool.get(n.template.name);
    if (!list) byPool.set(n.template.name, (list = []));
    list.push(n);
  }
  const order: LiveNode[] = [];
  const lists = [...byPool.values()];
  const most = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < most; i += 1) for (const l of lists) if (l[i]) order.push(l[i]!);
  return order;
}

/** One line per pool for the UI. */
function summary(own: readonly NodeConsolidation[], count: number, savings: number): string {
  const going = own.filter((n) => n.action !== 'none');
  if (going.length === 0) return `All ${plural(count, 'node')} stay.`;
  const empty = going.filter((n) => n.state === 'empty').length;
  const replaced = going.filter((n) => n.action === 'replace').length;
  const parts = [
    empty > 0 ? `${empty} empty` : '',
    going.length - empty - replaced > 0 ? `${going.length - empty - replaced} underutilized` : '',
    replaced > 0 ? `${replaced} replaced by a cheaper node` : '',
  ].filter(Boolean);
  return `${going.length} of ${plural(count, 'node')} go (${parts.join(', ')}), saving ${money(savings)}.`;
}

function money(price: number): string {
  return `$${price.toFixed(4)}/h`;
}

/**
 * What Karpenter v1.14.1's disruption controller would do once `change` lands on the planned
 * nodes (spec 4.1-4.9): which pods go, which nodes are then empty or underutilized, and per
 * node whether emptiness or single-node consolidation deletes or replaces it, when, and under
 * which budget. Decisions read requests only, never limits (spec 4.6).
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
  // A node's cost changes only when pods land on it: `apply` forgets it then.
  const costCache = new Map<LiveNode, number>();
  const disruptionCost = (n: LiveNode) => {
    let cost = costCache.get(n);
    if (cost === undefined) costCache.set(n, (cost = nodeDisruptionCost(n.pods, costOf)));
    return cost;
  };
  const isEmpty = (n: LiveNode) => disruptionCost(n) <= 1;
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
  else removal = scaleDown(plan, change.workload, target, to);
  const removedFrom = new Map<string, number>();
  for (const { node, pods } of removal.removed) {
    const live = initial.find((n) => n.id === node);
    if (!live) continue;
    addPods(live, change.workload, -pods, requestsOf(change.workload));
    removedFrom.set(node, pods);
  }

  const pools = new Map<string, Pool>();
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
  const doNotDisrupt = (n: LiveNode) => doNotDisruptReason(n, input.workloads, daemonSets);

  const podsLeft = new Map<LiveNode, number>(initial.map((n) => [n, podCount(n)]));
  const verdicts = new Map<LiveNode, Verdict>();
  const gated = new Map<LiveNode, string>();
  const everLive = [...initial];
  let live = [...initial];
  let step = 0;
  const ctx: SimulationContext = {
    templates,
    queued,
    names,
    spotToSpot: gates.SpotToSpotConsolidation,
    nextId: (pool) => {
      let most = 0;
      for (const n of everLive) {
        const m = n.id.startsWith(`${pool}-`) ? Number(n.id.slice(pool.length + 1)) : 0;
        if (Number.isFinite(m) && m > most) most = m;
      }
      return `${pool}-${most + 1}`;
    },
  };

  const roundOf = (nodes: readonly LiveNode[]): Round => ({
    byName: [...nodes].sort(byId),
    limitsLeft: limitsLeft(templates, nodes),
  });

  function apply(candidate: LiveNode, outcome: Exclude<Outcome, { kind: 'none' }>): void {
    for (const [dest, byWorkload] of outcome.placements) {
      for (const [w, n] of byWorkload) addPods(dest, w, n, requestsOf(w));
      costCache.delete(dest);
    }
    live = live.filter((n) => n !== candidate);
    if (outcome.kind === 'replace') {
      const template = outcome.claim.template;
      const option = template.options.find((o) => o.type.name === outcome.node.instanceType);
      if (option) {
        const added = liveNode(outcome.node, template, option, candidate.id);
        live.push(added);
        everLive.push(added);
        podsLeft.set(added, podCount(added));
      }
    }
  }

  const guard = 4 * initial.length + 8;
  for (let round = 0; round < guard; round += 1) {
    // Emptiness runs first, for every policy (spec 4.1, 4.4), up to the Empty budget at once.
    const wave: LiveNode[] = [];
    const used = new Map<string, number>();
    for (const n of live) {
      if (gated.has(n) || !isEmpty(n)) continue;
      const pool = poolOf(n);
      const blocked = doNotDisrupt(n);
      if (blocked) {
        gated.set(n, blocked);
        continue;
      }
      if (pool.settings.consolidateAfterSeconds === undefined) {
        gated.set(n, `NodePool "${pool.template.name}" has consolidation disabled`);
        continue;
      }
      const allowed = pool.budgets.Empty.allowed;
      if (allowed === 0) {
        gated.set(n, blockedMessage('Empty'));
        continue;
      }
      const u = used.get(pool.template.name) ?? 0;
      if (allowed !== undefined && u >= allowed) continue;
      used.set(pool.template.name, u + 1);
      wave.push(n);
    }
    if (wave.length > 0) {
      step += 1;
      for (const n of wave) {
        verdicts.set(n, {
          state: 'empty',
          action: 'delete',
          reason: 'Empty: no pods left besides DaemonSets, so emptiness deletes it',
          step,
        });
      }
      live = live.filter((n) => !wave.includes(n));
      continue;
    }

    // Single-node consolidation: the first candidate with a valid command wins the round.
    let acted = false;
    const candidates = live.filter((n) => !gated.has(n) && !isEmpty(n));
    const round = roundOf(live);
    for (const c of candidateOrder(candidates, disruptionCost)) {
      const pool = poolOf(c);
      const name = pool.template.name;
      const blocked = doNotDisrupt(c);
      if (blocked) {
        gated.set(c, blocked);
        continue;
      }
      if (pool.settings.consolidateAfterSeconds === undefined) {
        gated.set(c, `NodePool "${name}" has consolidation disabled`);
        continue;
      }
      if (pool.settings.policy === 'WhenEmpty') {
        gated.set(
          c,
          `NodePool "${name}" has consolidation policy WhenEmpty, but node is not empty`,
        );
        continue;
      }
      if (pool.budgets.Underutilized.allowed === 0) {
        gated.set(c, blockedMessage('Underutilized'));
        continue;
      }
      const outcome = simulateCandidate(c, round, ctx);
      if (outcome.kind === 'none') {
        verdicts.set(c, {
          state: 'kept',
          action: 'none',
          reason: outcome.reason,
          ...(outcome.uncertain ? { uncertain: true } : {}),
        });
        continue;
      }
      const price = c.price ?? 0;
      const savings = outcome.kind === 'replace' ? price - (outcome.node.pricePerHour ?? 0) : price;
      let scoreText = '';
      if (pool.settings.policy === 'Balanced') {
        const own = live.filter((n) => n.template === c.template);
        const score = balancedScore(
          savings,
          own.reduce((s, n) => s + (n.price ?? 0), 0),
          disruptionCost(c),
          own.reduce((s, n) => s + disruptionCost(n), 0),
        );
        if (!score.approved) {
          verdicts.set(c, {
            state: 'underutilized',
            action: 'none',
            reason: `Balanced refuses the move: ${score.message}`,
          });
          continue;
        }
        scoreText = ` Balanced: ${score.message}.`;
      }
      step += 1;
      const uncertain = outcome.kind === 'replace' && outcome.uncertain;
      verdicts.set(c, {
        state: 'underutilized',
        action: outcome.kind,
        step,
        reason:
          outcome.kind === 'delete'
            ? `Underutilized: its pods fit on the other nodes, so it is deleted.${scoreText}`
            : `Underutilized: replaced by a cheaper ${outcome.node.instanceType} (${money(outcome.node.pricePerHour ?? 0)} against ${money(price)}).${scoreText}`,
        ...(outcome.kind === 'replace'
          ? {
              replacement: {
                instanceType: outcome.node.instanceType,
                capacityType: outcome.capacityType,
                pricePerHour: outcome.node.pricePerHour ?? 0,
                savingsPerHour: savings,
                instanceTypes: outcome.node.instanceTypes.length,
              },
            }
          : {}),
        ...(uncertain ? { uncertain: true } : {}),
      });
      apply(c, outcome);
      acted = true;
      break;
    }
    if (!acted) break;
  }

  // Nodes a gate kept from acting: their state against the nodes as consolidation left them.
  const last = roundOf(live);
  for (const [n, reason] of gated) {
    if (verdicts.get(n)?.action === 'delete' || !live.includes(n)) continue;
    const state: Verdict['state'] = isEmpty(n)
      ? 'empty'
      : simulateCandidate(n, last, ctx).kind === 'none'
        ? 'kept'
        : 'underutilized';
    verdicts.set(n, { state, action: 'none', reason });
  }

  const nodes: NodeConsolidation[] = everLive.map((n) => {
    const pool = poolOf(n);
    const verdict = verdicts.get(n) ?? {
      state: 'kept' as const,
      action: 'none' as const,
      reason: 'Not evaluated: consolidation settled before reaching it.',
    };
    const reason: BudgetReason = verdict.state === 'empty' ? 'Empty' : 'Underutilized';
    return {
      node: n.id,
      pool: n.template.name,
      instanceType: n.option.type.name,
      capacityType: n.capacityType,
      pricePerHour: n.price,
      podsRemoved: removedFrom.get(n.id) ?? 0,
      podsLeft: podsLeft.get(n) ?? 0,
      podsAfter: live.includes(n) ? podCount(n) : 0,
      ...verdict,
      when: whenText(pool.settings),
      budget: pool.budgets[reason].message,
      ...(n.replacementFor ? { replacementFor: n.replacementFor } : {}),
    };
  });

  const poolSummaries: PoolConsolidation[] = [...pools.values()].map(
    ({ template, settings, budgets }) => {
      const own = nodes.filter((n) => n.pool === template.name);
      let savings = 0;
      for (const n of own) {
        if (n.action === 'delete') savings += n.pricePerHour ?? 0;
        if (n.action === 'replace') savings += n.replacement?.savingsPerHour ?? 0;
      }
      const policy: ConsolidationPolicy = settings.policy;
      const nodeCount = initial.filter((n) => n.template === template).length;
      return {
        pool: template.name,
        policy,
        consolidateAfter: settings.consolidateAfter,
        when: whenText(settings),
        nodes: nodeCount,
        budgets,
        deleted: own.filter((n) => n.action === 'delete').length,
        replaced: own.filter((n) => n.action === 'replace').length,
        savingsPerHour: savings,
        summary: summary(own, nodeCount, savings),
        notes: settings.notes,
      };
    },
  );

  if (nodes.some((n) => n.uncertain)) {
    notes.push(
      'Spot prices vary and the catalog has none: spot is compared at its on-demand ceiling, so replacements involving spot are uncertain.',
    );
  }
  const moved = new Set<number>();
  for (const n of nodes)
    if (n.action !== 'none')
      for (const w of everLive.find((l) => l.id === n.node)?.pods.keys() ?? []) moved.add(w);
  for (const w of moved) {
    const workload = input.workloads[w];
    if (workload && requestsVersusLimits(workload.template.spec).some((c) => c.overcommitted)) {
      notes.push(
        `"${workload.name}" has limits above its requests: consolidation packs it by its requests only, so it may be throttled or OOM-killed where it lands.`,
      );
    }
  }

  const before = initial.reduce((s, n) => s + (n.price ?? 0), 0);
  const after = live.reduce((s, n) => s + (n.price ?? 0), 0);
  return {
    method: 'single-node consolidation',
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
    pools: poolSummaries,
    savingsPerHour: before - after,
    requestsVersusLimits: EXPLANATION,
    notes,
  };
}
