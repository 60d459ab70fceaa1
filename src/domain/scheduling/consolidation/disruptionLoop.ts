import type { BudgetReason, BudgetVerdict, Replacement } from './consolidationTypes';
import type { NodeConsolidation } from './consolidationTypes';
import type { PoolTemplate } from '../pools/poolTemplate';
import { balancedScore } from './balanced';
import { blockedMessage } from './budgets';
import type { Cluster } from './cluster';
import type { DisruptionSettings } from './disruptionSettings';
import type { LiveNode } from './liveNode';
import { money } from './money';
import { simulateCandidate, type Outcome, type SimulationContext } from './simulateCandidate';

export interface Verdict {
  state: NodeConsolidation['state'];
  action: NodeConsolidation['action'];
  reason: string;
  step?: number;
  replacement?: Replacement;
  uncertain?: boolean;
}

export interface DisruptionPool {
  template: PoolTemplate;
  settings: DisruptionSettings;
  budgets: Record<BudgetReason, BudgetVerdict>;
}

export interface LoopInput {
  cluster: Cluster;
  poolOf: (n: LiveNode) => DisruptionPool;
  /** Why a node is no candidate at all (do-not-disrupt), if it is not. */
  blockedBy: (n: LiveNode) => string | undefined;
  ctx: SimulationContext;
}

/** Karpenter's candidate order: SavingsRatio descending, then the pools interleaved (singlenodeconsolidation.go). */
function candidateOrder(candidates: LiveNode[], cost: (n: LiveNode) => number): LiveNode[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      (b.price ?? 0) / cost(b) - (a.price ?? 0) / cost(a) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
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

/** ShouldDisrupt's gates for single-node consolidation, in Karpenter's order and words. */
function consolidationGate(
  n: LiveNode,
  pool: DisruptionPool,
  blockedBy: LoopInput['blockedBy'],
): string | undefined {
  const name = pool.template.name;
  const blocked = blockedBy(n);
  if (blocked) return blocked;
  if (pool.settings.consolidateAfterSeconds === undefined) {
    return `NodePool "${name}" has consolidation disabled`;
  }
  if (pool.settings.policy === 'WhenEmpty') {
    return `NodePool "${name}" has consolidation policy WhenEmpty, but node is not empty`;
  }
  if (pool.budgets.Underutilized.allowed === 0) return blockedMessage('Underutilized');
  return undefined;
}

function emptinessGate(
  n: LiveNode,
  pool: DisruptionPool,
  blockedBy: LoopInput['blockedBy'],
): string | undefined {
  const blocked = blockedBy(n);
  if (blocked) return blocked;
  if (pool.settings.consolidateAfterSeconds === undefined) {
    return `NodePool "${pool.template.name}" has consolidation disabled`;
  }
  if (pool.budgets.Empty.allowed === 0) return blockedMessage('Empty');
  return undefined;
}

function acted(
  candidate: LiveNode,
  outcome: Exclude<Outcome, { kind: 'none' }>,
  savings: number,
  step: number,
  scoreText: string,
): Verdict {
  const price = candidate.price ?? 0;
  if (outcome.kind === 'delete') {
    return {
      state: 'underutilized',
      action: 'delete',
      step,
      reason: `Underutilized: its pods fit on the other nodes, so it is deleted.${scoreText}`,
    };
  }
  const { node } = outcome;
  return {
    state: 'underutilized',
    action: 'replace',
    step,
    reason: `Underutilized: replaced by a cheaper ${node.instanceType} (${money(node.pricePerHour ?? 0)} against ${money(price)}).${scoreText}`,
    replacement: {
      instanceType: node.instanceType,
      capacityType: outcome.capacityType,
      pricePerHour: node.pricePerHour ?? 0,
      savingsPerHour: savings,
      instanceTypes: node.instanceTypes.length,
    },
    ...(outcome.uncertain ? { uncertain: true } : {}),
  };
}

/**
 * The disruption controller's loop until nothing more happens (spec 4.1): each round, emptiness
 * deletes the empty nodes (up to the Empty budget at once); otherwise single-node consolidation
 * takes the candidates in order and the first valid command wins. Every step changes the
 * nodes the next is judged against.
 */
export function disruptionLoop({
  cluster,
  poolOf,
  blockedBy,
  ctx,
}: LoopInput): Map<LiveNode, Verdict> {
  const verdicts = new Map<LiveNode, Verdict>();
  const gated = new Map<LiveNode, string>();
  let step = 0;
  const guard = 4 * cluster.live().length + 8;
  for (let round = 0; round < guard; round += 1) {
    const wave: LiveNode[] = [];
    const used = new Map<string, number>();
    for (const n of cluster.live()) {
      if (gated.has(n) || !cluster.isEmpty(n)) continue;
      const pool = poolOf(n);
      const gate = emptinessGate(n, pool, blockedBy);
      if (gate) {
        gated.set(n, gate);
        continue;
      }
      const allowed = pool.budgets.Empty.allowed;
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
      cluster.remove(wave);
      continue;
    }

    let done = false;
    const candidates = cluster.live().filter((n) => !gated.has(n) && !cluster.isEmpty(n));
    const nodes = cluster.round();
    for (const c of candidateOrder(candidates, cluster.disruptionCost)) {
      const pool = poolOf(c);
      const gate = consolidationGate(c, pool, blockedBy);
      if (gate) {
        gated.set(c, gate);
        continue;
      }
      const outcome = simulateCandidate(c, nodes, ctx);
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
        const own = cluster.live().filter((n) => n.template === c.template);
        const score = balancedScore(
          savings,
          own.reduce((s, n) => s + (n.price ?? 0), 0),
          cluster.disruptionCost(c),
          own.reduce((s, n) => s + cluster.disruptionCost(n), 0),
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
      verdicts.set(c, acted(c, outcome, savings, step, scoreText));
      cluster.apply(c, outcome);
      done = true;
      break;
    }
    if (!done) break;
  }

  // Nodes a gate kept from acting: their state against the nodes as consolidation left them.
  const last = cluster.round();
  for (const [n, reason] of gated) {
    if (!cluster.live().includes(n)) continue;
    const state: Verdict['state'] = cluster.isEmpty(n)
      ? 'empty'
      : simulateCandidate(n, last, ctx).kind === 'none'
        ? 'kept'
        : 'underutilized';
    verdicts.set(n, { state, action: 'none', reason });
  }
  return verdicts;
}
