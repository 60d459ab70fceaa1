import { breaks, type CorpusCase } from './corpusCase';
import { classWith, classWithAlias } from './manifestBuilders';

/** EC2NodeClasses breaking the CEL rules on AMI selection, the IAM identity and tags. */
export const EC2NODECLASS_AMI_IDENTITY_CASES: CorpusCase[] = [
  breaks('ami-alias-format', 'an alias without a version', classWithAlias('al2023')),
  breaks(
    ['ami-alias-format', 'ami-alias-windows-latest'],
    'a Windows alias without a version',
    classWithAlias('windows2019'),
  ),
  breaks('ami-alias-family', 'an unknown alias family', classWithAlias('ubuntu@latest')),
  breaks(
    'ami-alias-windows-latest',
    'a pinned Windows alias',
    classWithAlias('windows2022@v20240101'),
  ),
  breaks(
    'selector-tags-not-empty',
    'an AMI tag with an empty value',
    classWith({ amiSelectorTerms: [{ tags: { image: '' } }], amiFamily: 'AL2023' }),
  ),
  breaks(
    'ami-term-selects',
    'an empty AMI term',
    classWith({ amiSelectorTerms: [{}], amiFamily: 'AL2023' }),
  ),
  breaks(
    'ami-term-selects',
    'an AMI term with only an owner',
    classWith({ amiSelectorTerms: [{ owner: 'self' }], amiFamily: 'AL2023' }),
  ),
  breaks(
    'ami-id-alone',
    'an AMI id with a name',
    classWith({ amiSelectorTerms: [{ id: 'ami-1', name: 'x' }], amiFamily: 'AL2023' }),
  ),
  breaks(
    ['ami-alias-alone-in-term', 'ami-id-alone'],
    'an alias with an id',
    classWith({ amiSelectorTerms: [{ alias: 'al2023@latest', id: 'ami-1' }] }),
  ),
  breaks(
    'ami-alias-alone-in-term',
    'an alias with an owner',
    classWith({ amiSelectorTerms: [{ alias: 'al2023@latest', owner: 'amazon' }] }),
  ),
  breaks(
    'ami-alias-only-term',
    'an alias next to another term',
    classWith({ amiSelectorTerms: [{ alias: 'al2023@latest' }, { id: 'ami-1' }] }),
  ),
  breaks(
    'ami-family-al2',
    'an AL2 alias with amiFamily AL2023',
    classWithAlias('al2@latest', 'AL2023'),
  ),
  breaks(
    'ami-family-al2023',
    'an AL2023 alias with amiFamily AL2',
    classWithAlias('al2023@latest', 'AL2'),
  ),
  breaks(
    'ami-family-bottlerocket',
    'a Bottlerocket alias with amiFamily AL2023',
    classWithAlias('bottlerocket@latest', 'AL2023'),
  ),
  breaks(
    'ami-family-windows2019',
    'a Windows 2019 alias with amiFamily Windows2022',
    classWithAlias('windows2019@latest', 'Windows2022'),
  ),
  breaks(
    'ami-family-windows2022',
    'a Windows 2022 alias with amiFamily AL2023',
    classWithAlias('windows2022@latest', 'AL2023'),
  ),
  breaks(
    'ami-family-windows2025',
    'a Windows 2025 alias with amiFamily Windows2019',
    classWithAlias('windows2025@latest', 'Windows2019'),
  ),
  breaks(
    'ami-family-required',
    'AMI ids without amiFamily',
    classWith({ amiSelectorTerms: [{ id: 'ami-1' }] }),
  ),
  breaks('role-not-empty', 'an empty role', classWith({ role: '' })),
  breaks(
    ['instance-profile-not-empty', 'role-or-instance-profile'],
    'an empty instanceProfile next to a role',
    classWith({ instanceProfile: '' }),
  ),
  breaks(
    'instance-profile-not-empty',
    'an empty instanceProfile alone',
    classWith({ role: undefined, instanceProfile: '' }),
  ),
  breaks(
    'role-or-instance-profile',
    'both role and instanceProfile',
    classWith({ instanceProfile: 'profile' }),
  ),
  breaks(
    'role-or-instance-profile',
    'neither role nor instanceProfile',
    classWith({ role: undefined }),
  ),
  breaks('tag-key-not-empty', 'an empty tag key', classWith({ tags: { '': 'x' } })),
  breaks(
    'tag-eks-cluster-name',
    'the eks:eks-cluster-name tag',
    classWith({ tags: { 'eks:eks-cluster-name': 'x' } }),
  ),
  breaks(
    'tag-kubernetes-cluster',
    'a kubernetes.io/cluster tag',
    classWith({ tags: { 'kubernetes.io/cluster/my-cluster': 'owned' } }),
  ),
  breaks(
    'tag-nodepool',
    'a karpenter.sh/nodepool tag',
    classWith({ tags: { 'karpenter.sh/nodepool': 'x' } }),
  ),
  breaks(
    'tag-nodeclaim',
    'a karpenter.sh/nodeclaim tag',
    classWith({ tags: { 'karpenter.sh/nodeclaim': 'x' } }),
  ),
  breaks(
    'tag-ec2nodeclass',
    'a karpenter.k8s.aws/ec2nodeclass tag',
    classWith({ tags: { 'karpenter.k8s.aws/ec2nodeclass': 'x' } }),
  ),
];
