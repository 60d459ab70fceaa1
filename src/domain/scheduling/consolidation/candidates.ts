import type { PoolTemplate } from '../pools/poolTemplate';
import { balancedScore } from './balanced';
import { blockedMessage } from './budgets';
import type { Cluster } from './cluster';
import type {
  BudgetReason,
  BudgetVerdict,
  NodeConsolidation,
  Replacement,
  SpotToSpot,
} from './consolidationTypes';
import type { DisruptionSettings } from './disruptionSettings';
import type { LiveNode } from './liveNode';
import type { Outcome, SimulationContext } from './simulateCandidate';

export interface Verdict {
  state: NodeConsolidation['state'];
  action: NodeConsolidation['action'];
  reason: string;
  step?: number;
  replacement?: Replacement;
  uncertain?: boolean;
  spotToSpot?: SpotToSpot;
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

export type Command = Exclude<Outcome, { kind: 'none' }>;

function byId(a: LiveNode, b: LiveNode): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** consolidation.go :: sortCandidates: price per unit of disruption (SavingsRatio), descending. */
export function bySavingsRatio(candidates: readonly LiveNode[], cluster: Cluster): LiveNode[] {
  const cost = cluster.disruptionCost;
  return [...candidates].sort(
    (a, b) => (b.price ?? 0) / cost(b) - (a.price ?? 0) / cost(a) || byId(a, b),
  );
}

/** Single-node order: SavingsRatio, then the pools interleaved (singlenodeconsolidation.go). */
export function singleNodeOrder(candidates: readonly LiveNode[], cluster: Cluster): LiveNode[] {
  const byPool = new Map<string, LiveNode[]>();
  for (const n of bySavingsRatio(candidates, cluster)) {
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

/** Consolidation's ShouldDisrupt gates, in Karpenter's order and words (consolidation.go). */
export function consolidationGate(n: LiveNode, input: LoopInput): string | undefined {
  const pool = input.poolOf(n);
  const name = pool.template.name;
  const blocked = input.blockedBy(n);
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

/** Emptiness's ShouldDisrupt gates (emptiness.go). */
export function emptinessGate(n: LiveNode, input: LoopInput): string | undefined {
  const pool = input.poolOf(n);
  const blocked = input.blockedBy(n);
  if (blocked) return blocked;
  if (pool.settings.consolidateAfterSeconds === undefined) {
    return `NodePool "${pool.template.name}" has consolidation disabled`;
  }
  if (pool.budgets.Empty.allowed === 0) return blockedMessage('Empty');
  return undefined;
}

/** Command.EstimatedSavings: the candidates' prices less the replacement's. */
export function savingsOf(candidates: readonly LiveNode[], command: Command): number {
  const price = candidates.reduce((s, c) => s + (c.price ?? 0), 0);
  return command.kind === 'replace' ? price - (command.node.pricePerHour ?? 0) : price;
}

/**
 * balanced.go :: EvaluateBalancedMove: every Balanced pool among the candidates must approve,
 * its share of the savings in proportion to its candidates' prices. undefined when no
 * candidate is in a Balanced pool.
 */
export function balancedVerdict(
  candidates: readonly LiveNode[],
  savings: number,
  input: LoopInput,
): { approved: boolean; message: string } | undefined {
  const { cluster, poolOf } = input;
  const total = candidates.reduce((s, c) => s + (c.price ?? 0), 0);
  const pools = new Set(candidates.map((c) => poolOf(c)));
  const messages: string[] = [];
  let approved = true;
  for (const pool of pools) {
    if (pool.settings.policy !== 'Balanced') continue;
    const mine = candidates.filter((c) => poolOf(c) === pool);
    const cost = mine.reduce((s, c) => s + (c.price ?? 0), 0);
    const share = pools.size > 1 && total > 0 ? savings * (cost / total) : savings;
    const own = cluster.live().filter((n) => poolOf(n) === pool);
    const score = balancedScore(
      share,
      own.reduce((s, n) => s + (n.price ?? 0), 0),
      mine.reduce((s, c) => s + cluster.disruptionCost(c), 0),
      own.reduce((s, n) => s + cluster.disruptionCost(n), 0),
    );
    approved &&= score.approved;
    messages.push(pools.size > 1 ? `${pool.template.name}: ${score.message}` : score.message);
  }
  return messages.length === 0 ? undefined : { approved, message: messages.join('; ') };
}
