import type { Design, Resource } from '../src/domain/design/types';
import type { NodeSelectorRequirement, Taint } from '../src/domain/karpenter/model/types';
import type { Workload } from '../src/domain/scheduling/pods/workload';
import { designOf, nodeClass } from '../test/fixtures/fixtures';
import { poolWith } from '../test/fixtures/nodePoolBuilders';
import { daemonSet, workload } from '../test/fixtures/workloads';

const FAMILIES = [
  ['c7i', 'm7i', 'r7i'],
  ['c6g', 'm6g', 'r6g'],
  ['m5', 'm6i', 'm6a'],
  ['c5', 'c6i', 'c7a'],
  ['r5', 'r6i', 'r7a'],
] as const;

function req(key: string, operator: NodeSelectorRequirement['operator'], ...values: string[]) {
  return { key, operator, values } as NodeSelectorRequirement;
}

/**
 * A cluster-sized design for the scheduling benchmark: 20 pools over 4 classes (CPU pools by
 * family and capacity type, tainted GPU pools, weights and limits), like a real platform team's.
 */
export function schedulingDesign(pools = 20): Design {
  const resources: Resource[] = [];
  for (let c = 0; c < 4; c++) resources.push(nodeClass(`class-${c}`));
  for (let i = 0; i < pools; i++) {
    const gpu = i % 5 === 4;
    const families = gpu ? ['g5', 'g6', 'p4d'] : [...(FAMILIES[i % FAMILIES.length] ?? [])];
    const taints: Taint[] = gpu ? [{ key: 'nvidia.com/gpu', effect: 'NoSchedule' }] : [];
    resources.push(
      poolWith(
        `pool-${String(i).padStart(2, '0')}`,
        [
          req('karpenter.k8s.aws/instance-family', 'In', ...families),
          req('karpenter.sh/capacity-type', 'In', i % 2 === 0 ? 'on-demand' : 'spot'),
        ],
        {
          className: `class-${i % 4}`,
          spec: { weight: (i * 7) % 50, limits: { cpu: String(2000 + i * 100) } },
          template: { taints },
        },
      ),
    );
  }
  return designOf(...resources);
}

/** `count` workloads of `podsEach` replicas: web, batch, memory-heavy and GPU shapes, plus 3 DaemonSets. */
export function schedulingWorkloads(count = 200, podsEach = 50): Workload[] {
  const shapes = [
    { cpu: '250m', memory: '512Mi' },
    { cpu: '1', memory: '2Gi' },
    { cpu: '2', memory: '8Gi' },
    { cpu: '500m', memory: '4Gi' },
  ];
  const workloads: Workload[] = [
    daemonSet('node-exporter', { cpu: '100m', memory: '128Mi' }),
    daemonSet('fluent-bit', { cpu: '200m', memory: '256Mi' }),
    daemonSet('gpu-driver', {
      cpu: '100m',
      memory: '128Mi',
      spec: { tolerations: [{ operator: 'Exists' }] },
    }),
  ];
  for (let i = 0; i < count; i++) {
    const gpu = i % 20 === 19;
    const shape = shapes[i % shapes.length] ?? { cpu: '1', memory: '1Gi' };
    workloads.push(
      workload(`app-${String(i).padStart(3, '0')}`, {
        ...shape,
        replicas: podsEach,
        ...(gpu
          ? {
              requests: { 'nvidia.com/gpu': '1' },
              spec: {
                tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
              },
            }
          : {}),
      }),
    );
  }
  return workloads;
}
