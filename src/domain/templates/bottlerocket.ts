import { defaultEC2NodeClass, defaultNodePool } from '../karpenter/model/defaults';
import { withSpecField } from '../karpenter/edits/ec2NodeClassFieldEdits';
import type { EC2NodeClass } from '../karpenter/model/types';
import { classInRow, designOf, poolInRow } from './canvasColumns';
import type { DesignTemplate } from './designTemplate';

/**
 * Bottlerocket's OS lives on /dev/xvda and images and pod storage on /dev/xvdb, which is also
 * where Karpenter takes a node's ephemeral storage from; its defaults are 4Gi and 20Gi (see the
 * bottlerocket-data-volume lint). The OS volume keeps its default, the data volume grows.
 */
function bottlerocketNodeClass(name: string): EC2NodeClass {
  const base = defaultEC2NodeClass(name);
  return withSpecField(
    { ...base, spec: { ...base.spec, amiSelectorTerms: [{ alias: 'bottlerocket@latest' }] } },
    'blockDeviceMappings',
    [
      {
        deviceName: '/dev/xvda',
        ebs: { volumeSize: '4Gi', volumeType: 'gp3', encrypted: true, deleteOnTermination: true },
      },
      {
        deviceName: '/dev/xvdb',
        ebs: { volumeSize: '100Gi', volumeType: 'gp3', encrypted: true, deleteOnTermination: true },
      },
    ],
  );
}

export const bottlerocket: DesignTemplate = {
  id: 'bottlerocket',
  title: 'Bottlerocket',
  summary:
    "A general pool on Bottlerocket, AWS's minimal operating system for running containers, chosen by the bottlerocket@latest alias. Bottlerocket keeps itself on /dev/xvda and container images and pod storage on /dev/xvdb, so the class leaves the OS volume at 4Gi and gives the data volume 100Gi, which is also the ephemeral storage Karpenter counts for the node's pods. Sizing only /dev/xvda, the Amazon Linux habit, would leave the images crowded into the default 20Gi data volume.",
  docs: [
    {
      label: 'Block device mappings',
      url: 'https://karpenter.sh/docs/concepts/nodeclasses/#specblockdevicemappings',
    },
    {
      label: 'AMI selector terms',
      url: 'https://karpenter.sh/docs/concepts/nodeclasses/#specamiselectorterms',
    },
  ],
  build: () =>
    designOf([
      poolInRow('np-general', 0, defaultNodePool('general', 'bottlerocket')),
      classInRow('nc-bottlerocket', 0, bottlerocketNodeClass('bottlerocket')),
    ]),
};
