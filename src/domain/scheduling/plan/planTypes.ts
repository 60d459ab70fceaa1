import type { ResourceId } from '../../design/types';
import type { ResourceList } from '../../karpenter/catalog/resources';
import type { PlannedNode } from './plannedNode';
import type { Refusal } from './refusal';

/**
 * A pool's verdict for one workload (issue 16's placement rows): `chosen` when some of its pods
 * land there, `outranked` when the pool would take them but another one comes first in
 * Karpenter's order, `refused` with the first failing check otherwise.
 */
export interface PoolVerdict {
  poolId: ResourceId;
  pool: string;
  verdict: 'chosen' | 'outranked' | 'refused';
  /** Pods of the workload on this pool's nodes. */
  pods: number;
  /**
   * For `refused`, the first failing check. On a `chosen` pool of a workload with pods left
   * pending, why the pool took no more of them (its limits, most often).
   */
  refusal?: Refusal;
  /** For `outranked` (and a `chosen` pool that only took overflow): why, in plain words. */
  note?: string;
}

export interface WorkloadPlan {
  workload: number;
  name: string;
  replicas: number;
  placed: number;
  pending: number;
  /** The pool most of its pods land on; undefined when none land. */
  pool?: string;
  /** The planned nodes that hold its pods, with how many each. */
  nodes: readonly { node: string; pods: number }[];
  /** Every pool, in Karpenter's order. */
  verdicts: readonly PoolVerdict[];
  /** Preferences relaxation removed before the pods could be placed. */
  relaxed: readonly string[];
  /** Karpenter never provisions for the pod (spec 1.1). */
  ignored?: Refusal;
  /** Constraints the plan does not model, and other caveats. */
  notes: readonly string[];
}

export interface DaemonSetPlan {
  workload: number;
  name: string;
  /** Pools whose nodes (some or all types) run it. */
  pools: readonly string[];
}

export interface PoolPlan {
  poolId: ResourceId;
  pool: string;
  weight: number;
  /** Why the pool takes no part, when it does not. */
  dropped?: Refusal;
  /** Instance types the pool may launch (after its own requirements). */
  instanceTypes: number;
  nodes: readonly string[];
  /** Sum of the nodes' on-demand prices; spot nodes count at the on-demand ceiling. */
  pricePerHour: number;
  /** Nodes whose type has no known price: the sum above leaves them out. */
  unpriced: number;
  limits?: ResourceList;
  /** Caveats about this pool's plan; `uncertain` ones are read from Karpenter's code, not run. */
  notes: readonly { text: string; uncertain: boolean }[];
  /** What the plan leaves of each limit, as Karpenter counts it (capacity, pessimistic). */
  limitsLeft?: ResourceList;
}

export interface Plan {
  pools: readonly PoolPlan[];
  nodes: readonly PlannedNode[];
  workloads: readonly WorkloadPlan[];
  daemonSets: readonly DaemonSetPlan[];
  pricePerHour: number;
}
