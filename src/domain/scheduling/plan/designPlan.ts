import { workloadResources } from '../../design/resources';
import { infrastructureOf } from '../../design/infrastructure';
import type { Design, ResourceId, WorkloadResource } from '../../design/types';
import type { InstanceCatalog } from '../../karpenter/catalog/instanceType';
import { workloadOf, type Workload } from '../pods/workload';
import { planDesign } from './planDesign';
import type { Plan, WorkloadPlan } from './planTypes';

/** The plan of a design's own workloads, and each workload node's part of it by id. */
export interface DesignPlan {
  /** The design planned: what the plan's pool and workload ids refer to. */
  design: Design;
  plan: Plan;
  /** The workload nodes in the order the plan numbers them (`WorkloadPlan.workload`). */
  workloads: readonly WorkloadResource[];
  byId: ReadonlyMap<ResourceId, WorkloadPlan>;
}

function byName(a: WorkloadResource, b: WorkloadResource): number {
  const an = a.manifest.metadata.name;
  const bn = b.manifest.metadata.name;
  return an < bn ? -1 : an > bn ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Where Karpenter would run the design's workloads: they are planned together, pending at once,
 * in name order where Karpenter's queue would fall back to creation time.
 */
export function planOfDesign(design: Design, catalog: InstanceCatalog): DesignPlan {
  const workloads = workloadResources(design).toSorted(byName);
  const inputs: Workload[] = workloads.map(workloadOf);
  const plan = planDesign({ design: infrastructureOf(design), workloads: inputs, catalog });
  const byId = new Map<ResourceId, WorkloadPlan>();
  for (const w of plan.workloads) {
    const resource = workloads[w.workload];
    if (resource) byId.set(resource.id, w);
  }
  return { design, plan, workloads, byId };
}
