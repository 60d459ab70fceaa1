import { defaultEC2NodeClass, defaultNodePool } from '../karpenter/model/defaults';
import { ARCH } from '../karpenter/facts/labelKeys';
import { withWeight } from '../karpenter/edits/nodePoolFieldEdits';
import { classInRow, designOf, poolInRow } from './canvasColumns';
import type { DesignTemplate } from './designTemplate';
import { requirementIn, withRequirement } from './poolShaping';

export const gravitonWithX86Fallback: DesignTemplate = {
  id: 'graviton-with-x86-fallback',
  title: 'Graviton (arm64) with x86 fallback',
  summary:
    'Two pools on one Amazon Linux 2023 class, whose alias finds an AMI for each architecture: an arm64 pool of AWS Graviton instances with the higher weight, and an amd64 pool below it. Pods that name no architecture go to Graviton first, where the same work often costs less, while pods that require amd64 land on x86, as do the rest whenever no Graviton instance can be launched for them. Only images built for both architectures should run without an architecture selector; an x86-only image fails to start on an arm64 node.',
  docs: [
    { label: 'Fallback by weight', url: 'https://karpenter.sh/docs/concepts/scheduling/#fallback' },
    { label: 'Architecture', url: 'https://karpenter.sh/docs/concepts/nodepools/#architecture' },
    {
      label: 'AMI selector terms',
      url: 'https://karpenter.sh/docs/concepts/nodeclasses/#specamiselectorterms',
    },
  ],
  build: () =>
    designOf([
      poolInRow(
        'np-arm64',
        0,
        withWeight(
          withRequirement(defaultNodePool('arm64', 'default'), requirementIn(ARCH, 'arm64')),
          50,
        ),
      ),
      poolInRow('np-amd64', 1, withWeight(defaultNodePool('amd64', 'default'), 10)),
      classInRow('nc-default', 0.5, defaultEC2NodeClass('default')),
    ]),
};
