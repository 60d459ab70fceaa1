import type { WorkloadResource, ResourceId } from '../design/types';
import type { PodSpec, ResourceQuantities } from '../kube/podSpec';
import {
  newWorkloadManifest,
  withPodTemplate,
  withReplicas,
  type ControllerKind,
} from '../kube/workloadManifest';

/*
 * Workloads for the templates that teach placement: a pod of one container with the requests
 * that decide where it lands, written as a guide would write it, so the YAML panel shows a
 * manifest a user could apply.
 */

/**
 * The workloads' column, left of the pools (see canvasColumns.ts), or further left where MIG
 * profiles sit beside the pools; rows are the pools' rows, so a workload can face its pool.
 */
const WORKLOAD_X = -300;
const WORKLOAD_BESIDE_MIG_X = -580;
const ROW_HEIGHT = 200;

export interface PodShape {
  image: string;
  requests: ResourceQuantities;
  limits?: ResourceQuantities;
  /** Laid over the pod spec: nodeSelector, tolerations, affinity. */
  spec?: Omit<PodSpec, 'containers'>;
}

export function workloadInRow(
  id: ResourceId,
  row: number,
  name: string,
  replicas: number,
  pod: PodShape,
  kind: ControllerKind = 'Deployment',
  besideMigProfiles = false,
): WorkloadResource {
  const manifest = withReplicas(
    withPodTemplate(newWorkloadManifest(name, kind), {
      metadata: { labels: { app: name } },
      spec: {
        containers: [
          {
            name,
            image: pod.image,
            resources: {
              requests: { ...pod.requests },
              ...(pod.limits ? { limits: { ...pod.limits } } : {}),
            },
          },
        ],
        ...structuredClone(pod.spec),
      },
    }),
    replicas,
  );
  return {
    id,
    kind: 'Workload',
    position: { x: besideMigProfiles ? WORKLOAD_BESIDE_MIG_X : WORKLOAD_X, y: row * ROW_HEIGHT },
    manifest,
  };
}

/** What a GPU pod carries to get past the taint GPU pools have (gpu.ts). */
export function gpuToleration() {
  return { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' } as const;
}
