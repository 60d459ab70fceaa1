import type { ConsolidationPolicy, DisruptionBudget, NodePool } from '../../karpenter/model/types';

/** A pool's `spec.disruption` with the CRD's defaults applied (karpenter.sh_nodepools.yaml v1.14.1). */
export interface DisruptionSettings {
  policy: ConsolidationPolicy;
  /** As written, or `0s` when `disruption` is omitted. */
  consolidateAfter: string;
  /** Seconds; undefined for `Never` (consolidation and emptiness off, spec 4.3). */
  consolidateAfterSeconds: number | undefined;
  budgets: readonly DisruptionBudget[];
  /** What the settings leave to a guess, e.g. a missing required field. */
  notes: readonly string[];
}

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600 };

/** The CRD's pattern `^(([0-9]+(s|m|h))+|Never)$`; undefined for Never or a value it refuses. */
function seconds(text: string): number | undefined {
  if (!/^([0-9]+[smh])+$/.test(text)) return undefined;
  let total = 0;
  for (const [, n, unit] of text.matchAll(/([0-9]+)([smh])/g)) {
    total += Number(n) * (UNIT_SECONDS[unit ?? 's'] ?? 1);
  }
  return total;
}

/**
 * The CRD defaults the whole `disruption` block to `{consolidateAfter: 0s}` when it is omitted,
 * then `consolidationPolicy: WhenEmptyOrUnderutilized` and `budgets: [{nodes: 10%}]` inside it.
 * In v1.14.1 `consolidateAfter` is required once `disruption` is written (optional only on main).
 */
export function disruptionSettings(pool: NodePool): DisruptionSettings {
  const disruption = pool.spec.disruption;
  const notes: string[] = [];
  let consolidateAfter = disruption?.consolidateAfter ?? '0s';
  if (disruption && disruption.consolidateAfter === undefined) {
    notes.push(
      'spec.disruption.consolidateAfter is required in Karpenter v1.14.1: the API server would refuse this NodePool. Read here as 0s.',
    );
  }
  let consolidateAfterSeconds =
    consolidateAfter === 'Never' ? undefined : seconds(consolidateAfter);
  if (consolidateAfter !== 'Never' && consolidateAfterSeconds === undefined) {
    notes.push(
      `consolidateAfter "${consolidateAfter}" does not match the CRD's pattern (e.g. 30s, 5m, 1h30m or Never): read here as 0s.`,
    );
    consolidateAfter = '0s';
    consolidateAfterSeconds = 0;
  }
  return {
    policy: disruption?.consolidationPolicy ?? 'WhenEmptyOrUnderutilized',
    consolidateAfter,
    consolidateAfterSeconds,
    budgets: disruption?.budgets ?? [{ nodes: '10%' }],
    notes,
  };
}

/** When a node of the pool may be disrupted, from its consolidateAfter (spec 4.3). */
export function whenText(settings: DisruptionSettings): string {
  if (settings.consolidateAfterSeconds === undefined) {
    return 'never: consolidateAfter is Never, which turns off emptiness and consolidation for the pool';
  }
  if (settings.consolidateAfterSeconds === 0) {
    return 'as soon as the change lands (consolidateAfter 0s), after Karpenter’s 15s re-check';
  }
  return `after ${settings.consolidateAfter} without pod events on the node, then Karpenter’s 15s re-check`;
}
