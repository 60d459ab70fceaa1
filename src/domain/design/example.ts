import { migProfileFieldsForConfig } from '../mig/migLayout';
import { defaultEC2NodeClass, defaultNodePool } from '../karpenter/model/defaults';
import { withTemplateSpec } from '../karpenter/edits/nodePoolEdits';
import type {
  EC2NodeClass,
  NodePool,
  NodeSelectorRequirement,
  Taint,
} from '../karpenter/model/types';
import type { Design, Resource } from './types';

const GPU_TAINT: Taint = { key: 'nvidia.com/gpu', effect: 'NoSchedule' };

function gpuPool(
  name: string,
  requirements: NodeSelectorRequirement[],
  extra: Partial<NodePool['spec']>,
): NodePool {
  const pool = withTemplateSpec(defaultNodePool(name, 'gpu-al2023'), {
    requirements,
    taints: [GPU_TAINT],
  });
  return { ...pool, spec: { ...pool.spec, ...extra } };
}

const linuxAmd64: NodeSelectorRequirement[] = [
  { key: 'kubernetes.io/arch', operator: 'In', values: ['amd64'] },
  { key: 'kubernetes.io/os', operator: 'In', values: ['linux'] },
];

const gpuClass: EC2NodeClass = (() => {
  const base = defaultEC2NodeClass('gpu-al2023');
  return {
    ...base,
    spec: {
      ...base.spec,
      // GPU images and CUDA libraries are large; the default 20 GiB root volume fills up.
      blockDeviceMappings: [
        {
          deviceName: '/dev/xvda',
          ebs: {
            volumeSize: '200Gi',
            volumeType: 'gp3',
            encrypted: true,
            deleteOnTermination: true,
          },
        },
      ],
    },
  };
})();

/**
 * The design the app opens on: three GPU pools fanning in on one GPU class (spot preferred by
 * weight, on-demand as fallback, batch on MIG slices of H100s) and a general pool on its own
 * class, which is the many-to-one shape newcomers most need to see.
 */
export function exampleDesign(): Design {
  const resources: Resource[] = [
    { id: 'nc-gpu-al2023', kind: 'EC2NodeClass', position: { x: 400, y: 200 }, manifest: gpuClass },
    {
      id: 'nc-default',
      kind: 'EC2NodeClass',
      position: { x: 400, y: 600 },
      manifest: defaultEC2NodeClass('default'),
    },
    {
      id: 'np-gpu-spot',
      kind: 'NodePool',
      position: { x: 60, y: 0 },
      manifest: gpuPool(
        'gpu-spot',
        [
          ...linuxAmd64,
          { key: 'karpenter.sh/capacity-type', operator: 'In', values: ['spot'] },
          { key: 'karpenter.k8s.aws/instance-family', operator: 'In', values: ['g5', 'g6', 'g6e'] },
        ],
        {
          weight: 50,
          limits: { cpu: '512', 'nvidia.com/gpu': '32' },
          disruption: { consolidationPolicy: 'WhenEmpty', consolidateAfter: '10m' },
        },
      ),
    },
    {
      id: 'np-gpu-ondemand',
      kind: 'NodePool',
      position: { x: 60, y: 200 },
      manifest: gpuPool(
        'gpu-ondemand',
        [
          ...linuxAmd64,
          { key: 'karpenter.sh/capacity-type', operator: 'In', values: ['on-demand'] },
          { key: 'karpenter.k8s.aws/instance-family', operator: 'In', values: ['g5', 'g6', 'g6e'] },
        ],
        {
          weight: 10,
          limits: { cpu: '256', 'nvidia.com/gpu': '16' },
          disruption: { consolidationPolicy: 'WhenEmpty', consolidateAfter: '30m' },
        },
      ),
    },
    {
      id: 'np-batch',
      kind: 'NodePool',
      position: { x: 60, y: 400 },
      migProfileId: 'mig-h100-1g',
      manifest: gpuPool(
        'batch',
        [
          ...linuxAmd64,
          { key: 'karpenter.sh/capacity-type', operator: 'In', values: ['on-demand'] },
          { key: 'node.kubernetes.io/instance-type', operator: 'In', values: ['p5.48xlarge'] },
        ],
        {
          limits: { 'nvidia.com/gpu': '16' },
          disruption: {
            consolidationPolicy: 'WhenEmpty',
            consolidateAfter: '1h',
            budgets: [{ nodes: '0', schedule: '0 9 * * mon-fri', duration: '8h' }, { nodes: '1' }],
          },
        },
      ),
    },
    {
      id: 'np-general',
      kind: 'NodePool',
      position: { x: 60, y: 600 },
      manifest: defaultNodePool('general', 'default'),
    },
    {
      id: 'mig-h100-1g',
      kind: 'MigProfile',
      position: { x: -220, y: 410 },
      name: 'h100-balanced',
      ...migProfileFieldsForConfig('all-balanced', 'h100-80gb'),
    },
  ];
  return { resources: Object.fromEntries(resources.map((r) => [r.id, r])) };
}
