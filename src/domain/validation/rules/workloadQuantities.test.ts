import { describe, expect, it } from 'vitest';
import { designOf } from '../../../../test/fixtures/fixtures';
import { workload, workloadResource } from '../../../../test/fixtures/workloads';
import type { WorkloadResource } from '../../design/types';
import { newWorkloadManifest, withPodTemplate } from '../../kube/workloadManifest';
import { workloadQuantities } from './workloadQuantities';

const problemsOf = (...workloads: WorkloadResource[]) =>
  workloadQuantities(designOf(...workloads)).map((p) => ({ path: p.path, message: p.message }));

describe('workload requests and limits the API server refuses', () => {
  it('names the container, the quantity and where it is, for a quantity nobody can read', () => {
    const web = workloadResource(workload('web', { cpu: '2 cores', memory: '1Gi' }));
    expect(problemsOf(web)).toEqual([
      {
        path: 'spec.template.spec.containers[0].resources.requests[cpu]',
        message:
          'Deployment "web": container "main" requests cpu "2 cores" is refused by the API server: not a quantity: write e.g. 500m or 2.',
      },
    ]);
  });

  it('refuses a limit below its request, a negative amount and half a GPU', () => {
    const batch = workloadResource(
      workload('batch', {
        cpu: '2',
        memory: '-1Gi',
        limits: { cpu: '1', 'nvidia.com/gpu': '0.5' },
      }),
    );
    expect(problemsOf(batch).map((p) => p.path)).toEqual([
      'spec.template.spec.containers[0].resources.limits[cpu]',
      'spec.template.spec.containers[0].resources.requests[memory]',
      'spec.template.spec.containers[0].resources.limits[nvidia.com/gpu]',
    ]);
  });

  it('finds init containers, and a bare Pod’s and a CronJob’s template where they are', () => {
    const spec = {
      containers: [{ name: 'app', image: 'app', resources: { requests: { cpu: '1' } } }],
      initContainers: [
        { name: 'setup', image: 'app', resources: { requests: { memory: 'lots' } } },
      ],
    };
    const pod: WorkloadResource = {
      ...workloadResource(workload('pod')),
      manifest: withPodTemplate(newWorkloadManifest('pod', 'Pod'), { spec }),
    };
    const cron: WorkloadResource = {
      ...workloadResource(workload('cron')),
      id: 'wl-cron',
      manifest: withPodTemplate(newWorkloadManifest('cron', 'CronJob'), { spec }),
    };
    expect(problemsOf(pod, cron).map((p) => p.path)).toEqual([
      'spec.initContainers[0].resources.requests[memory]',
      'spec.jobTemplate.spec.template.spec.initContainers[0].resources.requests[memory]',
    ]);
  });

  it('says nothing of quantities Kubernetes reads, written as numbers or strings', () => {
    const fine = workloadResource(
      workload('fine', { cpu: '500m', memory: '512Mi', limits: { 'nvidia.com/gpu': '1' } }),
    );
    expect(problemsOf(fine)).toEqual([]);
  });
});
