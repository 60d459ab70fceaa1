import type { PlannedNode } from '../../src/domain/scheduling/plan/plannedNode';

/** A planned on-demand m7i.xlarge of pool "pool" with one pod of workload 0; `parts` change it. */
export function plannedNode(parts: Partial<PlannedNode> = {}): PlannedNode {
  return {
    id: 'pool-node',
    poolId: 'np-pool',
    pool: 'pool',
    instanceTypes: ['m7i.xlarge'],
    instanceType: 'm7i.xlarge',
    capacityType: 'on-demand',
    instanceTypeCertain: true,
    pricePerHour: 0.2016,
    pods: [{ workload: 0, count: 1 }],
    podCount: 1,
    requests: {},
    daemonOverhead: {},
    daemonSets: [],
    allocatable: {},
    capacity: {},
    binding: 'cpu',
    ...parts,
  };
}
