import type { ResourceId } from '../../design/types';
import type { ResourceList } from '../../karpenter/catalog/resources';
import type { LaunchCapacityType } from '../pools/allows';

/** A node the plan launches: one NodeClaim and the instance type it would most likely get. */
export interface PlannedNode {
  /** `<pool>-<n>`, numbered per pool in creation order. */
  id: string;
  poolId: ResourceId;
  pool: string;
  /** The types the NodeClaim keeps, cheapest first, cut to Karpenter's 600 (spec 3.2). */
  instanceTypes: readonly string[];
  /**
   * The cheapest of the types the launch keeps (spec 3.2-3.3: exotic types dropped unless nothing
   * else remains, cut to the 60 cheapest): certain for on-demand (lowest-price), likely for spot
   * (price-capacity-optimized decides at launch).
   */
  instanceType: string;
  capacityType: LaunchCapacityType;
  /**
   * On-demand launches take the cheapest type (EC2 Fleet lowest-price); spot uses
   * price-capacity-optimized over the candidates, so the type shown is only the likely one.
   */
  instanceTypeCertain: boolean;
  /** On-demand USD per hour of that type; for spot, the ceiling (spot prices vary). */
  pricePerHour: number | undefined;
  pods: readonly { workload: number; count: number }[];
  podCount: number;
  /** Sum of the pods' requests, `pods` included. */
  requests: ResourceList;
  daemonOverhead: ResourceList;
  daemonSets: readonly string[];
  allocatable: ResourceList;
  /** The type's capacity: what the pool's limits count once the node runs. */
  capacity: ResourceList;
  /** The resource the node runs out of first: most used against allocatable. */
  binding: string;
}
