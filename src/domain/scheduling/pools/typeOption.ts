import type { InstanceType } from '../../karpenter/catalog/instanceType';
import type { ResourceList } from '../../karpenter/catalog/resources';
import type { Requirements } from '../../karpenter/requirements/requirements';
import type { HostPort } from '../pods/hostPorts';

/**
 * One instance type as a given NodePool sees it: its allocatable under the pool's EC2NodeClass
 * (with NodeOverlay capacity), its capacity (what pool limits count), the DaemonSet overhead
 * that lands on it in this pool, and its price. Built once per plan so the packing loop only
 * compares numbers.
 */
export interface TypeOption {
  type: InstanceType;
  requirements: Requirements;
  allocatable: ResourceList;
  capacity: ResourceList;
  /** Requests of the DaemonSets that would run on this type in this pool, incl. `pods`. */
  daemonOverhead: ResourceList;
  /** Names of those DaemonSets. */
  daemonSets: readonly string[];
  /** Host ports those DaemonSets bind: a pod binding one of them cannot use this type here. */
  daemonHostPorts: readonly HostPort[];
  /** Equal for the types that hold exactly the same pods here (fitClass.ts). */
  fit: number;
  /** On-demand USD per hour (NodeOverlay price applied); undefined when unknown. */
  price: number | undefined;
}

/** Cheapest first; types without a known price last; then by name, so ties are stable. */
export function byPrice(a: TypeOption, b: TypeOption): number {
  const pa = a.price ?? Number.POSITIVE_INFINITY;
  const pb = b.price ?? Number.POSITIVE_INFINITY;
  return pa - pb || (a.type.name < b.type.name ? -1 : a.type.name > b.type.name ? 1 : 0);
}
