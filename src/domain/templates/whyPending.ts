import { ARCH, FAMILY } from '../karpenter/facts/labelKeys';
import { withLimits } from '../karpenter/edits/nodePoolFieldEdits';
import { classInRow, designOf, poolInRow } from './canvasColumns';
import type { DesignTemplate } from './designTemplate';
import { gpuNodeClass, gpuPool } from './gpu';
import { requirementIn } from './poolShaping';
import { gpuToleration, workloadInRow } from './workloadShaping';

export const whyPending: DesignTemplate = {
  id: 'why-is-my-pod-pending',
  title: 'Why is my pod pending?',
  summary:
    'A workshop: one tainted GPU pool of g5 and g6 instances (amd64 only, at most 4 GPUs) and five workloads, four of which stay pending, each for a different reason. notebook forgets to tolerate the nvidia.com/gpu taint; arm-inference selects arm64; team-batch selects a team label no pool sets; and embeddings finds the GPU limit used up, because Karpenter schedules the largest pods first and the 4-GPU trainer Job took the whole limit. Select a workload, read its Placement section, and fix each one.',
  docs: [
    {
      label: 'Taints and tolerations',
      url: 'https://karpenter.sh/docs/concepts/scheduling/#taints-and-tolerations',
    },
    {
      label: 'Well-known labels',
      url: 'https://karpenter.sh/docs/concepts/scheduling/#well-known-labels',
    },
    { label: 'NodePool limits', url: 'https://karpenter.sh/docs/concepts/nodepools/#speclimits' },
    {
      label: 'Troubleshooting',
      url: 'https://karpenter.sh/docs/troubleshooting/',
    },
  ],
  build: () =>
    designOf([
      workloadInRow('wl-notebook', 0, 'notebook', 1, {
        image: 'quay.io/jupyter/pytorch-notebook:cuda12-latest',
        requests: { cpu: '2', memory: '8Gi', 'nvidia.com/gpu': '1' },
        limits: { 'nvidia.com/gpu': '1' },
      }),
      workloadInRow('wl-arm-inference', 0.75, 'arm-inference', 2, {
        image: 'nvcr.io/nvidia/tritonserver:25.01-py3',
        requests: { cpu: '2', memory: '8Gi', 'nvidia.com/gpu': '1' },
        limits: { 'nvidia.com/gpu': '1' },
        spec: { nodeSelector: { [ARCH]: 'arm64' }, tolerations: [gpuToleration()] },
      }),
      workloadInRow('wl-embeddings', 3, 'embeddings', 4, {
        image: 'ghcr.io/huggingface/text-embeddings-inference:1.6',
        requests: { cpu: '2', memory: '8Gi', 'nvidia.com/gpu': '1' },
        limits: { 'nvidia.com/gpu': '1' },
        spec: { tolerations: [gpuToleration()] },
      }),
      workloadInRow(
        'wl-trainer',
        1.5,
        'trainer',
        1,
        {
          image: 'nvcr.io/nvidia/pytorch:25.01-py3',
          requests: { cpu: '16', memory: '64Gi', 'nvidia.com/gpu': '4' },
          limits: { 'nvidia.com/gpu': '4' },
          spec: { tolerations: [gpuToleration()], restartPolicy: 'Never' },
        },
        'Job',
      ),
      workloadInRow('wl-team-batch', 2.25, 'team-batch', 2, {
        image: 'python:3.13-slim',
        requests: { cpu: '1', memory: '2Gi', 'nvidia.com/gpu': '1' },
        limits: { 'nvidia.com/gpu': '1' },
        spec: { nodeSelector: { team: 'ml-research' }, tolerations: [gpuToleration()] },
      }),
      poolInRow(
        'np-gpu',
        1.5,
        withLimits(gpuPool('gpu', 'gpu', ['on-demand'], requirementIn(FAMILY, 'g5', 'g6')), {
          'nvidia.com/gpu': '4',
        }),
      ),
      classInRow('nc-gpu', 1.5, gpuNodeClass('gpu')),
    ]),
};
