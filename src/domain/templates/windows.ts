import { defaultEC2NodeClass, defaultNodePool } from '../karpenter/model/defaults';
import { OS } from '../karpenter/facts/labelKeys';
import type { EC2NodeClass } from '../karpenter/model/types';
import { classInRow, designOf, poolInRow } from './canvasColumns';
import type { DesignTemplate } from './designTemplate';
import { requirementIn, withRequirement } from './poolShaping';

/**
 * The alias alone sets the family: `amiFamily` may be left out beside an alias, and Windows
 * aliases accept only `latest` (EC2NodeClass CRD, amiSelectorTerms[].alias rules).
 */
function windowsNodeClass(name: string): EC2NodeClass {
  const base = defaultEC2NodeClass(name);
  return { ...base, spec: { ...base.spec, amiSelectorTerms: [{ alias: 'windows2022@latest' }] } };
}

export const windows: DesignTemplate = {
  id: 'windows',
  title: 'Windows Server 2022',
  summary:
    'A pool of Windows nodes on an EC2NodeClass whose windows2022@latest alias picks the EKS-optimized Windows Server 2022 AMI; Windows aliases cannot pin a version, so nodes drift to each new AMI as it is released. The pool requires kubernetes.io/os windows on amd64 instances, because Karpenter labels instances windows only under a Windows AMI family, and Windows AMIs run only on x86. Windows pods select kubernetes.io/os: windows, and the cluster still needs Linux nodes for add-ons such as CoreDNS.',
  docs: [
    {
      label: 'AMI selector terms',
      url: 'https://karpenter.sh/docs/concepts/nodeclasses/#specamiselectorterms',
    },
    {
      label: 'Operating system',
      url: 'https://karpenter.sh/docs/concepts/nodepools/#operating-system',
    },
  ],
  build: () =>
    designOf([
      poolInRow(
        'np-windows',
        0,
        withRequirement(defaultNodePool('windows', 'windows2022'), requirementIn(OS, 'windows')),
      ),
      classInRow('nc-windows2022', 0, windowsNodeClass('windows2022')),
    ]),
};
