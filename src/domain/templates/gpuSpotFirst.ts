import { FAMILY } from '../karpenter/facts/labelKeys';
import { withLimits, withWeight } from '../karpenter/edits/nodePoolFieldEdits';
import { classInRow, designOf, poolInRow } from './canvasColumns';
import type { DesignTemplate } from './designTemplate';
import { gpuNodeClass, gpuPool } from './gpu';
import { requirementIn } from './poolShaping';
import { gpuToleration, workloadInRow } from './workloadShaping';

/** A function, so no two built designs share the requirement; three families, so spot has room. */
const gpuFamilies = () => requirementIn(FAMILY, 'g5', 'g6', 'g6e');

export const gpuSpotFirst: DesignTemplate = {
  id: 'gpu-spot-first',
  title: 'GPU pods on spot first, on-demand when spot is out',
  summary:
    'Two tainted pools of g5, g6 and g6e instances on one class: gpu-spot has weight 50 and a limit of 4 GPUs, gpu-on-demand weight 10 and a limit of 8. Karpenter tries the heavier pool first, so the inference Deployment’s six one-GPU pods fill spot up to its limit and the two left over land on on-demand; the spot limit stands in for spot capacity running out, and the smaller on-demand limit caps what a long shortage can cost. Raise the replicas or a limit and watch the split move.',
  docs: [
    {
      label: 'Weighted NodePools',
      url: 'https://karpenter.sh/docs/concepts/scheduling/#weighted-nodepools',
    },
    { label: 'NodePool limits', url: 'https://karpenter.sh/docs/concepts/nodepools/#speclimits' },
    {
      label: 'Accelerators and GPU resources',
      url: 'https://karpenter.sh/docs/concepts/scheduling/#acceleratorsgpu-resources',
    },
  ],
  build: () =>
    designOf([
      workloadInRow('wl-inference', 0.5, 'inference', 6, {
        image: 'vllm/vllm-openai:v0.8.5',
        requests: { cpu: '3', memory: '12Gi', 'nvidia.com/gpu': '1' },
        limits: { memory: '12Gi', 'nvidia.com/gpu': '1' },
        spec: { tolerations: [gpuToleration()] },
      }),
      poolInRow(
        'np-gpu-spot',
        0,
        withLimits(withWeight(gpuPool('gpu-spot', 'gpu', ['spot'], gpuFamilies()), 50), {
          'nvidia.com/gpu': '4',
        }),
      ),
      poolInRow(
        'np-gpu-on-demand',
        1,
        withLimits(withWeight(gpuPool('gpu-on-demand', 'gpu', ['on-demand'], gpuFamilies()), 10), {
          'nvidia.com/gpu': '8',
        }),
      ),
      classInRow('nc-gpu', 0.5, gpuNodeClass('gpu')),
    ]),
};
