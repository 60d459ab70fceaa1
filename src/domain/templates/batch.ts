import { defaultEC2NodeClass, defaultNodePool } from '../karpenter/model/defaults';
import { classInRow, designOf, poolInRow } from './canvasColumns';
import type { DesignTemplate } from './designTemplate';
import { withDisruption } from './poolShaping';

export const batch: DesignTemplate = {
  id: 'batch',
  title: 'Batch jobs',
  summary:
    'A pool for a steady queue of long jobs, with consolidation off: Karpenter v1 has no switch for that, so the pool pairs WhenEmpty with consolidateAfter Never, and Karpenter then never removes or replaces a node to save money, nor cuts a running job short to do so. Nodes still go when they drift or expire (720h by default), and two budgets let drift replace one node at a time and only at weekends (UTC), so a new AMI rolls out when the queue is quiet. An idle pool keeps its size without consolidation, so its CPU limit is what caps the bill.',
  docs: [
    { label: 'Consolidation', url: 'https://karpenter.sh/docs/concepts/disruption/#consolidation' },
    {
      label: 'NodePool disruption budgets',
      url: 'https://karpenter.sh/docs/concepts/disruption/#nodepool-disruption-budgets',
    },
  ],
  build: () =>
    designOf([
      poolInRow(
        'np-batch',
        0,
        withDisruption(defaultNodePool('batch', 'default'), {
          consolidationPolicy: 'WhenEmpty',
          consolidateAfter: 'Never',
          budgets: [
            // From 00:00 for a day, every weekday: drift waits from Monday to Saturday 00:00.
            { nodes: '0', reasons: ['Drifted'], schedule: '0 0 * * mon-fri', duration: '24h' },
            { nodes: '1' },
          ],
        }),
      ),
      classInRow('nc-default', 0, defaultEC2NodeClass('default')),
    ]),
};
