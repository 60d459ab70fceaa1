import { plural } from '../../lib/plural';
import { requestsVersusLimits } from '../pods/requestsVsLimits';
import type { Workload } from '../pods/workload';
import type { Cluster } from './cluster';
import type { BudgetReason, NodeConsolidation, PoolConsolidation } from './consolidationTypes';
import { whenText } from './disruptionSettings';
import type { DisruptionPool, Verdict } from './candidates';
import type { LiveNode } from './liveNode';
import { podCount } from './liveNode';
import { money } from './money';

/** Per node, in the plan's order then the replacements'. */
export function nodeResults(
  cluster: Cluster,
  verdicts: ReadonlyMap<LiveNode, Verdict>,
  poolOf: (n: LiveNode) => DisruptionPool,
  removedFrom: ReadonlyMap<string, number>,
): NodeConsolidation[] {
  const live = cluster.live();
  return cluster.everLive.map((n) => {
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
      podsLeft: cluster.podsLeftAtStart(n),
      podsAfter: live.includes(n) ? podCount(n) : 0,
      ...verdict,
      when: whenText(pool.settings),
      budget: pool.budgets[reason].message,
      ...(n.replacementFor ? { replacementFor: n.replacementFor } : {}),
    };
  });
}

/** One line per pool for the UI. */
function summary(own: readonly NodeConsolidation[], count: number, savings: number): string {
  const going = own.filter((n) => n.action !== 'none');
  if (going.length === 0)
    return count === 1 ? 'Its node stays.' : `All ${plural(count, 'node')} stay.`;
  const empty = going.filter((n) => n.state === 'empty').length;
  const replaced = going.filter((n) => n.action === 'replace').length;
  const deleted = going.length - empty - replaced;
  const parts = [
    empty > 0 ? `${empty} empty` : '',
    deleted > 0 ? `${deleted} underutilized` : '',
    replaced > 0 ? `${replaced} replaced by a cheaper node` : '',
  ].filter(Boolean);
  return `${going.length} of ${plural(count, 'node')} go (${parts.join(', ')}), saving ${money(savings)}.`;
}

export function poolResults(
  pools: readonly DisruptionPool[],
  nodes: readonly NodeConsolidation[],
  initial: readonly LiveNode[],
): PoolConsolidation[] {
  return pools.map(({ template, settings, budgets }) => {
    const own = nodes.filter((n) => n.pool === template.name);
    let savings = 0;
    for (const n of own) {
      if (n.action === 'delete') savings += n.pricePerHour ?? 0;
      if (n.action === 'replace') savings += n.replacement?.savingsPerHour ?? 0;
    }
    const count = initial.filter((n) => n.template === template).length;
    return {
      pool: template.name,
      policy: settings.policy,
      consolidateAfter: settings.consolidateAfter,
      when: whenText(settings),
      nodes: count,
      states: {
        empty: own.filter((n) => n.state === 'empty').length,
        underutilized: own.filter((n) => n.state === 'underutilized').length,
        kept: own.filter((n) => n.state === 'kept').length,
      },
      budgets,
      deleted: own.filter((n) => n.action === 'delete').length,
      replaced: own.filter((n) => n.action === 'replace').length,
      savingsPerHour: savings,
      summary: summary(own, count, savings),
      notes: settings.notes,
    };
  });
}

/** Caveats that depend on the outcome: spot prices, and moved pods whose limits exceed requests. */
export function outcomeNotes(
  nodes: readonly NodeConsolidation[],
  cluster: Cluster,
  workloads: readonly Workload[],
): string[] {
  const notes: string[] = [];
  if (nodes.some((n) => n.uncertain)) {
    notes.push(
      'Spot prices vary and the catalog has none: spot is compared at its on-demand ceiling, so replacements involving spot are uncertain.',
    );
  }
  const moved = new Set<number>();
  cluster.everLive.forEach((n, i) => {
    if (nodes[i]?.action !== 'none') for (const w of n.pods.keys()) moved.add(w);
  });
  for (const w of [...moved].sort((a, b) => a - b)) {
    const workload = workloads[w];
    if (workload && requestsVersusLimits(workload.template.spec).some((c) => c.overcommitted)) {
      notes.push(
        `"${workload.name}" has limits above its requests: consolidation packs it by its requests only, so it may be throttled or OOM-killed where it lands.`,
      );
    }
  }
  return notes;
}
