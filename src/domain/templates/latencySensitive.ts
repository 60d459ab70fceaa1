import { defaultEC2NodeClass, defaultNodePool } from '../karpenter/model/defaults';
import { classInRow, designOf, poolInRow } from './canvasColumns';
import type { DesignTemplate } from './designTemplate';
import { withDisruption } from './poolShaping';

export const latencySensitive: DesignTemplate = {
  id: 'latency-sensitive',
  title: 'Latency-sensitive services',
  summary:
    'A pool for services that should not be moved while users are on them: a budget of zero nodes, active for 8 hours from 09:00 on weekdays (UTC, as Karpenter reads every schedule), keeps Karpenter from consolidating underused nodes or replacing drifted ones during business hours. Empty nodes may still go, since no pod runs on them, and outside the window a second budget lets a tenth of the nodes be disrupted at once; without it, off-hours disruption would be unbounded, since Karpenter drops its default 10% budget once any budget is written.',
  docs: [
    {
      label: 'NodePool disruption budgets',
      url: 'https://karpenter.sh/docs/concepts/disruption/#nodepool-disruption-budgets',
    },
    { label: 'Consolidation', url: 'https://karpenter.sh/docs/concepts/disruption/#consolidation' },
  ],
  build: () =>
    designOf([
      poolInRow(
        'np-latency-sensitive',
        0,
        withDisruption(defaultNodePool('latency-sensitive', 'default'), {
          consolidationPolicy: 'WhenEmptyOrUnderutilized',
          consolidateAfter: '5m',
          budgets: [
            {
              nodes: '0',
              reasons: ['Underutilized', 'Drifted'],
              schedule: '0 9 * * mon-fri',
              duration: '8h',
            },
            // The CRD defaults budgets to 10% only when none are given; an inactive scheduled
            // budget limits nothing (maintainer in kubernetes-sigs/karpenter discussion #1079).
            { nodes: '10%' },
          ],
        }),
      ),
      classInRow('nc-default', 0, defaultEC2NodeClass('default')),
    ]),
};
