import { describe, expect, it } from 'vitest';
import type { PlannedNode } from '../plan/plannedNode';
import type { Plan } from '../plan/planTypes';
import { plannedNode } from '../../../../test/support/plannedNode';
import { placementsOf } from './placements';

const node = (poolId: string, pods: PlannedNode['pods']): PlannedNode =>
  plannedNode({
    id: `${poolId}-node`,
    poolId,
    pool: poolId.replace('np-', ''),
    pods,
    podCount: pods.reduce((sum, p) => sum + p.count, 0),
  });

const planOf = (nodes: PlannedNode[]): Plan => ({
  pools: [],
  nodes,
  workloads: [],
  daemonSets: [],
  pricePerHour: 0,
});

describe('placementsOf', () => {
  it('lists workloads by their number whatever node the plan launched first', () => {
    // The canvas draws edges in this order: launch order would reorder them on every re-plan.
    const plan = planOf([
      node('np-gpu', [{ workload: 2, count: 1 }]),
      node('np-general', [
        { workload: 1, count: 2 },
        { workload: 0, count: 1 },
      ]),
    ]);
    expect([...placementsOf(plan).keys()]).toEqual([0, 1, 2]);
  });

  it('sums a workload per pool and gives each pool of a split workload its own placement', () => {
    const plan = planOf([
      node('np-spot', [{ workload: 0, count: 3 }]),
      node('np-od', [{ workload: 0, count: 1 }]),
      node('np-spot', [{ workload: 0, count: 2 }]),
    ]);
    const placements = placementsOf(plan).get(0) ?? [];
    expect(placements.map((p) => [p.pool, p.pods])).toEqual([
      ['spot', 5],
      ['od', 1],
    ]);
    expect(placements[0]?.label).toBe('2 × m7i.xlarge · on-demand · ~$0.40/h');
  });
});
