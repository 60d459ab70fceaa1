import type { ResourceId } from '../../design/types';
import type { NodePool, Taint } from '../../karpenter/model/types';
import type { ResourceList } from '../../karpenter/catalog/resources';
import type { Requirements } from '../../karpenter/requirements/requirements';
import type { Refusal } from '../plan/refusal';
import type { TypeOption } from './typeOption';

/**
 * A NodePool as Karpenter's scheduler holds it (core scheduling/nodeclaimtemplate.go): the
 * exported manifest, its requirements joined with its template labels, `karpenter.sh/nodepool`
 * and the class label, and the instance types that survive its own requirements (the pre-filter
 * of scheduler.go :: NewScheduler), cheapest first.
 */
export interface PoolTemplate {
  resourceId: ResourceId;
  name: string;
  weight: number;
  manifest: NodePool;
  /** `spec.template.spec.taints`: startupTaints are never checked when choosing a pool (spec 1.9). */
  taints: readonly Taint[];
  requirements: Requirements;
  options: readonly TypeOption[];
  /**
   * The capacity of the types the pool allows whose allocatable is negative (kubeReserved larger
   * than the type, as Windows' on the smallest types): they fit no pod and are not options, but
   * Karpenter's limits filter runs before the fit, so they still keep a pool from "all available
   * instance types exceed limits".
   */
  unfit?: readonly ResourceList[];
  /** Extended resources of some type that a NodeOverlay replaced rather than added. */
  overlayReplaced: readonly string[];
  /** `spec.limits`, parsed; undefined when the pool has none. */
  limits: ResourceList | undefined;
}

/** A pool that takes no part in the plan, and why (spec 1.4). */
export interface DroppedPool {
  resourceId: ResourceId;
  name: string;
  weight: number;
  refusal: Refusal;
}

/**
 * Karpenter's pool order: weight descending (unset is 0), then name **descending**
 * (core pkg/utils/nodepool/nodepool.go :: OrderByWeight: `nps[a].Name > nps[b].Name`).
 */
export function byKarpenterOrder(
  a: { weight: number; name: string },
  b: { weight: number; name: string },
): number {
  return b.weight - a.weight || (a.name > b.name ? -1 : a.name < b.name ? 1 : 0);
}
