import type { NodePool, Taint } from './types';

/**
 * The taints that keep a pod off the pool's nodes unless it tolerates them. PreferNoSchedule only
 * discourages, and startup taints are not considered when Karpenter picks a NodePool
 * (https://karpenter.sh/docs/concepts/nodepools/: "pods do not need to tolerate" startup taints).
 */
export function repellingTaints(pool: NodePool): Taint[] {
  return (pool.spec.template.spec.taints ?? []).filter(
    (taint) => taint.effect === 'NoSchedule' || taint.effect === 'NoExecute',
  );
}

/** `key=value:Effect`, the way kubectl writes a taint. */
export function describeTaint(taint: Taint): string {
  return `${taint.key}${taint.value ? `=${taint.value}` : ''}:${taint.effect}`;
}
