import { INSTANCE_TYPE } from '../karpenter/facts/labelKeys';
import { withLimits } from '../karpenter/edits/nodePoolFieldEdits';
import { MIG_CONFIG_LABEL } from '../mig/migConfigs';
import { migProfileFieldsForConfig } from '../mig/migLayout';
import { classInRow, designOf, migProfileInRow, poolInRow } from './canvasColumns';
import type { DesignTemplate } from './designTemplate';
import { gpuNodeClass, gpuPool } from './gpu';
import { requirementIn } from './poolShaping';
import { gpuToleration, workloadInRow } from './workloadShaping';

export const migWithNodeOverlay: DesignTemplate = {
  id: 'mig-inference-with-node-overlay',
  title: 'MIG inference with NodeOverlay',
  summary:
    'Forty inference pods ask for one nvidia.com/mig-1g.10gb slice each. Karpenter does not know MIG devices: no instance type lists them, so such pods stay pending unless a NodeOverlay adds the capacity. The MIG profile splits every H100 of the p5.48xlarge pool into seven 1g.10gb slices with the mixed strategy and exports the NodeOverlay that tells Karpenter a node offers 56 of them, so all forty land on one node, five of seven slices per GPU. Turn the profile’s NodeOverlay export off to see the pods go pending and why.',
  docs: [
    {
      label: 'NodeOverlay',
      url: 'https://karpenter.sh/docs/concepts/nodeoverlays/',
    },
    {
      label: 'GPU Operator with MIG',
      url: 'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/gpu-operator-mig.html',
    },
    {
      label: 'Supported MIG profiles',
      url: 'https://docs.nvidia.com/datacenter/tesla/mig-user-guide/supported-mig-profiles.html',
    },
  ],
  build: () =>
    designOf([
      workloadInRow(
        'wl-inference',
        0,
        'inference',
        40,
        {
          image: 'vllm/vllm-openai:v0.8.5',
          requests: { cpu: '2', memory: '8Gi', 'nvidia.com/mig-1g.10gb': '1' },
          limits: { 'nvidia.com/mig-1g.10gb': '1' },
          spec: {
            tolerations: [
              gpuToleration(),
              { key: MIG_CONFIG_LABEL, operator: 'Exists', effect: 'NoSchedule' },
            ],
          },
        },
        'Deployment',
        true,
      ),
      migProfileInRow('mig-h100-mixed', 0, 'h100-1g-mixed', {
        ...migProfileFieldsForConfig('all-1g.10gb', 'h100-80gb'),
        strategy: 'mixed',
        nodeOverlay: true,
      }),
      poolInRow(
        'np-mig-inference',
        0,
        withLimits(
          gpuPool(
            'mig-inference',
            'gpu',
            ['on-demand'],
            requirementIn(INSTANCE_TYPE, 'p5.48xlarge'),
          ),
          // Counts physical GPUs, not MIG slices (NOTES.md 4.4): two nodes.
          { 'nvidia.com/gpu': '16' },
        ),
        'mig-h100-mixed',
      ),
      classInRow('nc-gpu', 0, gpuNodeClass('gpu')),
    ]),
};
