import type { ResourceId } from '../../design/types';
import type { PlannedNode } from '../plan/plannedNode';
import type { Plan } from '../plan/planTypes';
import { placementLabel } from './placementLabel';

/** The part of one workload that lands on one pool: what its placement edge draws. */
export interface Placement {
  /** The workload's number in the plan (`WorkloadPlan.workload`). */
  workload: number;
  poolId: ResourceId;
  pool: string;
  pods: number;
  label: string;
}

interface Part {
  pool: string;
  pods: number;
  nodes: PlannedNode[];
}

const known = new WeakMap<Plan, ReadonlyMap<number, readonly Placement[]>>();

/**
 * Each workload's placements, one per pool its pods land on (a workload split over two pools gets
 * two), workloads by their number and each one's pools in the order the plan launched its nodes. One pass over the planned nodes, kept per plan so
 * a redraw that did not re-plan costs nothing.
 */
export function placementsOf(plan: Plan): ReadonlyMap<number, readonly Placement[]> {
  const hit = known.get(plan);
  if (hit) return hit;
  const byWorkload = new Map<number, Map<ResourceId, Part>>();
  for (const node of plan.nodes) {
    for (const { workload, count } of node.pods) {
      let pools = byWorkload.get(workload);
      if (!pools) byWorkload.set(workload, (pools = new Map<ResourceId, Part>()));
      let part = pools.get(node.poolId);
      if (!part) pools.set(node.poolId, (part = { pool: node.pool, pods: 0, nodes: [] }));
      part.pods += count;
      part.nodes.push(node);
    }
  }
  const placements = new Map<number, readonly Placement[]>();
  // In workload order, not launch order: an edit that changes which nodes launch first would
  // otherwise reorder every edge after it, and the canvas would move their elements on each key.
  const workloads = [...byWorkload.keys()].sort((a, b) => a - b);
  for (const workload of workloads) {
    const pools = byWorkload.get(workload) ?? new Map<ResourceId, Part>();
    placements.set(
      workload,
      [...pools].map(([poolId, part]) => ({
        workload,
        poolId,
        pool: part.pool,
        pods: part.pods,
        label: placementLabel(part.nodes),
      })),
    );
  }
  known.set(plan, placements);
  return placements;
}
