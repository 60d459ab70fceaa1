import {
  balancedVerdict,
  consolidationGate,
  emptinessGate,
  savingsOf,
  singleNodeOrder,
  type Command,
  type LoopInput,
  type Verdict,
} from './candidates';
import type { LiveNode } from './liveNode';
import { money } from './money';
import { multiNode } from './multiNode';
import { simulateCandidate } from './simulateCandidate';

function acted(candidate: LiveNode, outcome: Command, savings: number, score: string): Verdict {
  if (outcome.kind === 'delete') {
    return {
      state: 'underutilized',
      action: 'delete',
      reason: `Underutilized: its pods fit on the other nodes, so it is deleted.${score}`,
    };
  }
  const { node } = outcome;
  return {
    state: 'underutilized',
    action: 'replace',
    reason: `Underutilized: replaced by a cheaper ${node.instanceType} (${money(node.pricePerHour ?? 0)} against ${money(candidate.price ?? 0)}).${score}`,
    replacement: {
      instanceType: node.instanceType,
      capacityType: outcome.capacityType,
      pricePerHour: node.pricePerHour ?? 0,
      savingsPerHour: savings,
      instanceTypes: node.instanceTypes.length,
    },
    ...(outcome.uncertain ? { uncertain: true } : {}),
    ...(outcome.spotToSpot ? { spotToSpot: outcome.spotToSpot } : {}),
  };
}

/**
 * The disruption controller's loop until nothing more happens (spec 4.1): each round the first
 * method with a command wins: emptiness (the empty nodes, up to the Empty budget at once), then
 * multi-node, then single-node consolidation (the first candidate with a valid command). Every
 * step changes the nodes the next is judged against.
 */
export function disruptionLoop(input: LoopInput): Map<LiveNode, Verdict> {
  const { cluster, poolOf, ctx } = input;
  const verdicts = new Map<LiveNode, Verdict>();
  const gated = new Map<LiveNode, string>();
  let step = 0;
  const guard = 4 * cluster.live().length + 8;
  for (let round = 0; round < guard; round += 1) {
    const wave: LiveNode[] = [];
    const used = new Map<string, number>();
    for (const n of cluster.live()) {
      if (gated.has(n) || !cluster.isEmpty(n)) continue;
      const gate = emptinessGate(n, input);
      if (gate) {
        gated.set(n, gate);
        continue;
      }
      const pool = poolOf(n);
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

    const candidates = cluster.live().filter((n) => !gated.has(n) && !cluster.isEmpty(n));
    const nodes = cluster.round();
    const multi = multiNode(candidates, nodes, input, gated);
    if (multi) {
      step += 1;
      for (const [c, verdict] of multi.verdicts) verdicts.set(c, { ...verdict, step });
      cluster.apply(multi.candidates, multi.outcome);
      continue;
    }

    let done = false;
    for (const c of singleNodeOrder(candidates, cluster)) {
      if (gated.has(c)) continue;
      const gate = consolidationGate(c, input);
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
          ...(outcome.spotToSpot ? { spotToSpot: outcome.spotToSpot } : {}),
        });
        continue;
      }
      const savings = savingsOf([c], outcome);
      const balanced = balancedVerdict([c], savings, input);
      if (balanced && !balanced.approved) {
        verdicts.set(c, {
          state: 'underutilized',
          action: 'none',
          reason: `Balanced refuses the move: ${balanced.message}`,
        });
        continue;
      }
      step += 1;
      const score = balanced ? ` Balanced: ${balanced.message}.` : '';
      verdicts.set(c, { ...acted(c, outcome, savings, score), step });
      cluster.apply([c], outcome);
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
