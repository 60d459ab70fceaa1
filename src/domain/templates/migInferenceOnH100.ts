import { INSTANCE_TYPE } from '../karpenter/facts/labelKeys';
import { withLimits } from '../karpenter/edits/nodePoolFieldEdits';
import { migProfileFieldsForConfig } from '../mig/migLayout';
import { classInRow, designOf, migProfileInRow, poolInRow } from './canvasColumns';
import type { DesignTemplate } from './designTemplate';
import { gpuNodeClass, gpuPool } from './gpu';
import { requirementIn, withDisruption } from './poolShaping';

export const migInferenceOnH100: DesignTemplate = {
  id: 'mig-inference-on-h100',
  title: 'MIG inference on H100',
  summary:
    "A p5.48xlarge pool whose eight H100 GPUs the GPU Operator's MIG manager splits into seven 1g.10gb slices each: 56 small GPUs per node for inference servers that do not need a whole H100. The attached MIG profile labels the pool's nodes with the layout, pins the H100 by Karpenter's GPU labels and adds a taint for the layout next to the usual nvidia.com/gpu one; with one profile on every GPU the single strategy applies, and pods ask for a slice as nvidia.com/gpu. Consolidation waits for an hour of emptiness and a budget lets one node go at a time, because every new node must be partitioned before it can serve.",
  docs: [
    {
      label: 'GPU Operator with MIG',
      url: 'https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/gpu-operator-mig.html',
    },
    {
      label: 'Supported MIG profiles',
      url: 'https://docs.nvidia.com/datacenter/tesla/mig-user-guide/supported-mig-profiles.html',
    },
    {
      label: 'NodePool disruption budgets',
      url: 'https://karpenter.sh/docs/concepts/disruption/#nodepool-disruption-budgets',
    },
  ],
  build: () =>
    designOf([
      migProfileInRow(
        'mig-h100-1g',
        0,
        'h100-1g',
        migProfileFieldsForConfig('all-1g.10gb', 'h100-80gb'),
      ),
      poolInRow(
        'np-mig-inference',
        0,
        withLimits(
          withDisruption(
            gpuPool(
              'mig-inference',
              'gpu',
              ['on-demand'],
              requirementIn(INSTANCE_TYPE, 'p5.48xlarge'),
            ),
            // NOTES.md 4.4 and 6.8: every replacement node pays a MIG reconfiguration.
            { consolidationPolicy: 'WhenEmpty', consolidateAfter: '1h', budgets: [{ nodes: '1' }] },
          ),
          // Counts physical GPUs, not MIG slices (NOTES.md 4.4): two nodes.
          { 'nvidia.com/gpu': '16' },
        ),
        'mig-h100-1g',
      ),
      classInRow('nc-gpu', 0, gpuNodeClass('gpu')),
    ]),
};
