/**
 * The scheduler's input: a workload as the engine reads it (its controller kind, how many pods it
 * asks for at once and its pod template), derived from the manifest a workload node holds.
 */
import type { WorkloadResource } from '../../design/types';
import type { PodTemplate } from '../../kube/podSpec';
import {
  podTemplateOf,
  replicasOfManifest,
  type ControllerKind,
} from '../../kube/workloadManifest';

export type { ControllerKind } from '../../kube/workloadManifest';
export type * from '../../kube/podSpec';

export interface Workload {
  id: string;
  name: string;
  kind: ControllerKind;
  replicas: number;
  template: PodTemplate;
}

const workloads = new WeakMap<WorkloadResource, Workload>();

/** The engine's reading of a workload node, kept while the node is the same object. */
export function workloadOf(resource: WorkloadResource): Workload {
  const cached = workloads.get(resource);
  if (cached) return cached;
  const { manifest } = resource;
  const workload: Workload = {
    id: resource.id,
    name: manifest.metadata.name,
    kind: manifest.kind,
    replicas: replicasOfManifest(manifest),
    template: podTemplateOf(manifest) ?? { spec: { containers: [] } },
  };
  workloads.set(resource, workload);
  return workload;
}
