import {
  balancedVerdict,
  bySavingsRatio,
  consolidationGate,
  savingsOf,
  type Command,
  type LoopInput,
  type Verdict,
} from './candidates';
import type { LiveNode } from './liveNode';
import { money } from './money';
import { simulate, withoutSameInstanceType, type Outcome, type Round } from './simulateCandidate';

/** multinodeconsolidation.go: at most 100 candidates in one batch. */
const MAX_BATCH = 100;

export interface MultiNodeCommand {
  candidates: LiveNode[];
  outcome: Command;
  verdicts: Map<LiveNode, Verdict>;
}

function validated(batch: readonly LiveNode[], outcome: Outcome): Outcome {
  if (outcome.kind !== 'replace') return outcome;
  return withoutSameInstanceType(outcome, batch);
}

/**
 * Multi-node consolidation (spec 4.8, multinodeconsolidation.go :: ComputeCommands,
 * firstNConsolidationOption): the candidates by SavingsRatio, cut by the Underutilized budgets,
 * then a binary search for the longest prefix of at least two that is a valid delete or a
 * replacement by one cheaper node.
 */
export function multiNode(
  candidates: readonly LiveNode[],
  round: Round,
  input: LoopInput,
  gated: Map<LiveNode, string>,
): MultiNodeCommand | undefined {
  const left = new Map<string, number>();
  const batch: LiveNode[] = [];
  for (const c of bySavingsRatio(candidates, input.cluster)) {
    const gate = consolidationGate(c, input);
    if (gate) {
      gated.set(c, gate);
      continue;
    }
    const pool = input.poolOf(c);
    const name = pool.template.name;
    const allowed = left.get(name) ?? pool.budgets.Underutilized.allowed ?? Infinity;
    if (allowed <= 0) continue;
    left.set(name, allowed - 1);
    batch.push(c);
  }
  if (batch.length < 2) return undefined;
  let min = 1;
  let max = batch.length <= MAX_BATCH ? batch.length - 1 : MAX_BATCH;
  let best: { candidates: LiveNode[]; outcome: Command; balanced?: string } | undefined;
  while (min <= max) {
    const mid = Math.floor((min + max) / 2);
    const prefix = batch.slice(0, mid + 1);
    const outcome = validated(prefix, simulate(prefix, round, input.ctx));
    let ok = outcome.kind !== 'none';
    let balanced: string | undefined;
    if (outcome.kind !== 'none') {
      const verdict = balancedVerdict(prefix, savingsOf(prefix, outcome), input);
      if (verdict && !verdict.approved) ok = false;
      balanced = verdict?.message;
    }
    if (ok && outcome.kind !== 'none') {
      best = { candidates: prefix, outcome, ...(balanced ? { balanced } : {}) };
      min = mid + 1;
    } else max = mid - 1;
  }
  if (!best) return undefined;
  return { ...best, verdicts: verdictsOf(best.candidates, best.outcome, best.balanced) };
}

function verdictsOf(
  candidates: readonly LiveNode[],
  outcome: Command,
  balanced: string | undefined,
): Map<LiveNode, Verdict> {
  const ids = candidates.map((c) => c.id).join(', ');
  const score = balanced ? ` Balanced: ${balanced}.` : '';
  const total = candidates.reduce((s, c) => s + (c.price ?? 0), 0);
  const savings = savingsOf(candidates, outcome);
  const verdicts = new Map<LiveNode, Verdict>();
  for (const c of candidates) {
    if (outcome.kind === 'delete') {
      verdicts.set(c, {
        state: 'underutilized',
        action: 'delete',
        reason: `Underutilized: multi-node consolidation deletes ${ids} together; their pods fit on the other nodes.${score}`,
      });
      continue;
    }
    const { node } = outcome;
    verdicts.set(c, {
      state: 'underutilized',
      action: 'replace',
      reason: `Underutilized: multi-node consolidation replaces ${ids} by one cheaper ${node.instanceType} (${money(node.pricePerHour ?? 0)} against ${money(total)}).${score}`,
      replacement: {
        instanceType: node.instanceType,
        capacityType: outcome.capacityType,
        pricePerHour: node.pricePerHour ?? 0,
        // Each node's share of the savings, in proportion to its price.
        savingsPerHour: total > 0 ? savings * ((c.price ?? 0) / total) : 0,
        instanceTypes: node.instanceTypes.length,
      },
      ...(outcome.uncertain ? { uncertain: true } : {}),
      ...(outcome.spotToSpot ? { spotToSpot: outcome.spotToSpot } : {}),
    });
  }
  return verdicts;
}
