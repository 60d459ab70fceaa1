import { FAMILY } from '../karpenter/facts/labelKeys';
import { withLimits } from '../karpenter/edits/nodePoolFieldEdits';
import { classInRow, designOf, poolInRow } from './canvasColumns';
import type { DesignTemplate } from './designTemplate';
import { gpuNodeClass, gpuPool } from './gpu';
import { requirementIn, withDisruption } from './poolShaping';

export const gpuTrainingAndInference: DesignTemplate = {
  id: 'gpu-training-and-inference',
  title: 'GPU training and inference',
  summary:
    'Two GPU pools share one EC2NodeClass whose 200Gi root volume leaves room for CUDA images and model weights. The training pool launches on-demand p4d and p5 instances (A100 and H100) and consolidates only nodes that have stood empty for an hour, so consolidation never stops a running job; the inference pool takes spot or on-demand g5, g6 and g6e instances and consolidates underused nodes, since serving replicas can move. Both carry the nvidia.com/gpu NoSchedule taint, so only pods that tolerate it, the GPU workloads, land on these costly nodes.',
  docs: [
    {
      label: 'Accelerators and GPU resources',
      url: 'https://karpenter.sh/docs/concepts/scheduling/#acceleratorsgpu-resources',
    },
    { label: 'Consolidation', url: 'https://karpenter.sh/docs/concepts/disruption/#consolidation' },
    {
      label: 'Block device mappings',
      url: 'https://karpenter.sh/docs/concepts/nodeclasses/#specblockdevicemappings',
    },
  ],
  build: () =>
    designOf([
      poolInRow(
        'np-gpu-training',
        0,
        withLimits(
          withDisruption(
            gpuPool('gpu-training', 'gpu', ['on-demand'], requirementIn(FAMILY, 'p4d', 'p5')),
            { consolidationPolicy: 'WhenEmpty', consolidateAfter: '1h' },
          ),
          { 'nvidia.com/gpu': '64' },
        ),
      ),
      poolInRow(
        'np-gpu-inference',
        1,
        withLimits(
          withDisruption(
            gpuPool(
              'gpu-inference',
              'gpu',
              ['spot', 'on-demand'],
              requirementIn(FAMILY, 'g5', 'g6', 'g6e'),
            ),
            { consolidationPolicy: 'WhenEmptyOrUnderutilized', consolidateAfter: '10m' },
          ),
          { 'nvidia.com/gpu': '32' },
        ),
      ),
      classInRow('nc-gpu', 0.5, gpuNodeClass('gpu')),
    ]),
};
