import { isObject } from '../../lib/isObject';
import type { NodePool, Taint } from './types';

/**
 * A pool's taints as written, when they are a list of maps. Anything else (`taints: NoSchedule`,
 * a list item that is not a map) the CRD's schema refuses and the API-server rules report: it
 * never reaches Karpenter, so the rules and the scheduler read no taint from it.
 */
export function writtenTaints(taints: unknown): Taint[] {
  if (!Array.isArray(taints)) return [];
  return (taints as unknown[]).filter((taint): taint is Taint => isObject(taint));
}

/**
 * The taints that keep a pod off the pool's nodes unless it tolerates them. PreferNoSchedule only
 * discourages, and startup taints are not considered when Karpenter picks a NodePool
 * (https://karpenter.sh/docs/concepts/nodepools/: "pods do not need to tolerate" startup taints).
 */
export function repellingTaints(pool: NodePool): Taint[] {
  return writtenTaints(pool.spec.template.spec.taints).filter(
    (taint) => taint.effect === 'NoSchedule' || taint.effect === 'NoExecute',
  );
}

/** `key=value:Effect`, the way kubectl writes a taint. */
export function describeTaint(taint: Taint): string {
  return `${taint.key}${taint.value ? `=${taint.value}` : ''}:${taint.effect}`;
}
