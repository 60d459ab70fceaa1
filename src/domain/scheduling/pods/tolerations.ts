/**
 * Taints against tolerations, as Kubernetes matches them (`core/v1 Toleration.ToleratesTaint`) and
 * as Karpenter applies them when choosing a NodePool (core `pkg/scheduling/taints.go ::
 * ToleratesPod, Tolerates`; spec 1.9).
 */
import { describeTaint, writtenTaints } from '../../karpenter/model/poolTaints';
import type { NodePoolSpec, Taint } from '../../karpenter/model/types';
import type { Toleration } from './workload';

/**
 * `Toleration.ToleratesTaint`: an empty effect matches every effect, an empty key matches every key
 * (with `Exists`, the pod tolerates everything), `Equal` (the default) also compares the value, and
 * `tolerationSeconds` only matters for eviction, never for scheduling.
 */
export function toleratesTaint(toleration: Toleration, taint: Taint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.key && toleration.key !== taint.key) return false;
  switch (toleration.operator ?? '') {
    case '':
    case 'Equal':
      return (toleration.value ?? '') === (taint.value ?? '');
    case 'Exists':
      return true;
    default:
      return false;
  }
}

/**
 * The first taint no toleration tolerates, or undefined. Karpenter checks **every** taint whatever
 * its effect, so a `PreferNoSchedule` taint keeps a pod off a pool as `NoSchedule` would, until the
 * last relaxation step adds `PREFER_NO_SCHEDULE_TOLERATION` (spec 1.9, 1.10).
 */
export function untoleratedTaint(
  taints: readonly Taint[],
  tolerations: readonly Toleration[] = [],
): Taint | undefined {
  // Loops rather than find/some: the packing loop asks this for every planned node a pod passes.
  for (const taint of taints) {
    let tolerated = false;
    for (const toleration of tolerations) {
      if (toleratesTaint(toleration, taint)) {
        tolerated = true;
        break;
      }
    }
    if (!tolerated) return taint;
  }
  return undefined;
}

/**
 * Karpenter's words: its error text is exactly `did not tolerate taint`, with the taint attached as
 * the structured value `taint` in `pretty.Taint` form (`key=value:Effect`, `key:Effect` without a
 * value), which is how the controller logs print it. Users search the prefix.
 */
export function describeUntolerated(taint: Taint): string {
  return `did not tolerate taint ${describeTaint(taint)}`;
}

/**
 * The toleration Karpenter adds in the last relaxation step (`preferences.go ::
 * toleratePreferNoScheduleTaints`) and to every DaemonSet pod (`isDaemonPodCompatible`).
 */
export const PREFER_NO_SCHEDULE_TOLERATION: Readonly<Toleration> = Object.freeze({
  operator: 'Exists',
  effect: 'PreferNoSchedule',
});

/**
 * The taints a pod must tolerate to land on a new node of the pool: `spec.template.spec.taints`
 * only. `startupTaints` are deliberately left out: Karpenter does not check them when it picks a
 * pool (`nodeclaim.go :: CanAdd` reads `n.Spec.Taints`), since something in the cluster removes
 * them once the node is up (spec 1.9).
 */
export function taintsCheckedForProvisioning(spec: NodePoolSpec): readonly Taint[] {
  return writtenTaints(spec.template.spec.taints);
}
