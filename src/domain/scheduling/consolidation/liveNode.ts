import type { ResourceList } from '../../karpenter/catalog/resources';
import { requirementIn } from '../../karpenter/requirements/requirement';
import { addRequirements, type Requirements } from '../../karpenter/requirements/requirements';
import type { PlannedNode } from '../plan/plannedNode';
import { CAPACITY_TYPE, type LaunchCapacityType } from '../pools/allows';
import type { PoolTemplate } from '../pools/poolTemplate';
import type { TypeOption } from '../pools/typeOption';

/**
 * A node as consolidation sees it: launched, one instance type, its non-DaemonSet pods per
 * workload and the sum of their requests (Karpenter's `ExistingNode`, core existingnode.go).
 */
export interface LiveNode {
  id: string;
  template: PoolTemplate;
  option: TypeOption;
  capacityType: LaunchCapacityType;
  price: number | undefined;
  /**
   * The node's labels as requirements: the pool's, the type's and its capacity type. The zone
   * stays as wide as the pool allows: the plan does not pick one.
   */
  requirements: Requirements;
  pods: Map<number, number>;
  requests: Record<string, number>;
  replacementFor?: string;
}

export function liveNode(
  node: PlannedNode,
  template: PoolTemplate,
  option: TypeOption,
  replacementFor?: string,
): LiveNode {
  return {
    id: node.id,
    template,
    option,
    capacityType: node.capacityType,
    price: node.pricePerHour,
    requirements: addRequirements(
      addRequirements(template.requirements, option.requirements),
      new Map([[CAPACITY_TYPE, requirementIn(CAPACITY_TYPE, [node.capacityType])]]),
    ),
    pods: new Map(node.pods.map((p) => [p.workload, p.count])),
    requests: { ...node.requests },
    ...(replacementFor ? { replacementFor } : {}),
  };
}

/** Adds (or with a negative count removes) `count` pods of these requests. */
export function addPods(
  node: LiveNode,
  workload: number,
  count: number,
  requests: ResourceList,
): void {
  const left = (node.pods.get(workload) ?? 0) + count;
  if (left > 0) node.pods.set(workload, left);
  else node.pods.delete(workload);
  for (const r in requests) node.requests[r] = (node.requests[r] ?? 0) + (requests[r] ?? 0) * count;
}

export function podCount(node: LiveNode): number {
  let n = 0;
  for (const count of node.pods.values()) n += count;
  return n;
}
