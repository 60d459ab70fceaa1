import { defaultEC2NodeClass, defaultNodePool } from '../karpenter/model/defaults';
import { classInRow, designOf, poolInRow } from './canvasColumns';
import type { DesignTemplate } from './designTemplate';

/**
 * The example design's general pool and default class, ids and all, so the gallery's first
 * entry is also what a user gets by deleting the example's GPU resources.
 */
export const minimal: DesignTemplate = {
  id: 'minimal',
  title: 'Minimal',
  summary:
    'One NodePool and the EC2NodeClass it points at, the least Karpenter needs before it launches anything. The pool follows the getting-started guide: on-demand amd64 Linux nodes from the c, m and r families newer than generation 2, with a CPU limit so a runaway Deployment cannot buy an unbounded fleet. The class boots Amazon Linux 2023 into the subnets and security groups tagged for the cluster; it is the example design without its GPU pools.',
  docs: [
    {
      label: 'Getting started with Karpenter',
      url: 'https://karpenter.sh/docs/getting-started/getting-started-with-karpenter/',
    },
    { label: 'NodePools', url: 'https://karpenter.sh/docs/concepts/nodepools/' },
    { label: 'NodeClasses', url: 'https://karpenter.sh/docs/concepts/nodeclasses/' },
  ],
  build: () =>
    designOf([
      poolInRow('np-general', 0, defaultNodePool('general', 'default')),
      classInRow('nc-default', 0, defaultEC2NodeClass('default')),
    ]),
};
