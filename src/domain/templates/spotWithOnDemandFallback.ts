import { defaultEC2NodeClass, defaultNodePool } from '../karpenter/model/defaults';
import { withLimits, withWeight } from '../karpenter/edits/nodePoolFieldEdits';
import { classInRow, designOf, poolInRow } from './canvasColumns';
import type { DesignTemplate } from './designTemplate';
import { CAPACITY_TYPE, requirementIn, withRequirement } from './poolShaping';

export const spotWithOnDemandFallback: DesignTemplate = {
  id: 'spot-with-on-demand-fallback',
  title: 'Spot with on-demand fallback',
  summary:
    'Two pools on one EC2NodeClass that differ only in capacity type: the spot pool has the higher weight, so Karpenter tries it first, and the on-demand pool takes the pods when no spot capacity can be had for them. Splitting the capacity types gives the fallback its own, smaller CPU limit, so a long spot shortage cannot quietly become an on-demand bill of the same size. Both pools keep the broad c, m and r families, because spot capacity runs out per instance type and zone and every extra type is another place to find it.',
  docs: [
    {
      label: 'Weighted NodePools',
      url: 'https://karpenter.sh/docs/concepts/scheduling/#weighted-nodepools',
    },
    { label: 'Capacity type', url: 'https://karpenter.sh/docs/concepts/nodepools/#capacity-type' },
    {
      label: 'Spot consolidation',
      url: 'https://karpenter.sh/docs/concepts/disruption/#spot-consolidation',
    },
  ],
  build: () =>
    designOf([
      poolInRow(
        'np-spot',
        0,
        withLimits(
          withWeight(
            withRequirement(
              defaultNodePool('spot', 'default'),
              requirementIn(CAPACITY_TYPE, 'spot'),
            ),
            50,
          ),
          { cpu: '1000' },
        ),
      ),
      poolInRow(
        'np-on-demand',
        1,
        withLimits(withWeight(defaultNodePool('on-demand', 'default'), 10), { cpu: '200' }),
      ),
      classInRow('nc-default', 0.5, defaultEC2NodeClass('default')),
    ]),
};
