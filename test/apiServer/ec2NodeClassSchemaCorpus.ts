import { breaks, type CorpusCase } from './corpusCase';
import { classWith, ec2NodeClass, entries, withField, classWithAlias } from './manifestBuilders';

/** EC2NodeClasses breaking a schema constraint: unknown fields, types, enums, patterns, ranges... */
export const EC2NODECLASS_SCHEMA_CASES: CorpusCase[] = [
  breaks(
    'unknown-field',
    'an unknown field in spec',
    classWith({ amiSelectorTerm: [{ alias: 'al2023@latest' }] }),
  ),
  breaks('unknown-field', 'an unknown kubelet field', classWith({ kubelet: { maxPod: 10 } })),
  breaks(
    'unknown-field',
    'an unknown ebs field',
    classWith({ blockDeviceMappings: [{ ebs: { volumeSize: '20Gi', size: 1 } }] }),
  ),
  breaks(
    'unknown-field',
    'an unknown metadataOptions field',
    classWith({ metadataOptions: { httpTokensRequired: true } }),
  ),
  breaks(
    'unknown-field',
    'an unknown field in an AMI term',
    classWith({ amiSelectorTerms: [{ alias: 'al2023@latest', version: 'latest' }] }),
  ),
  breaks(
    'unknown-field',
    'an unknown field in status',
    withField(ec2NodeClass(), 'status.subnets', [{ id: 'a', zone: 'b', az: 'c' }]),
  ),
  breaks(
    'type',
    'associatePublicIPAddress as a string',
    classWith({ associatePublicIPAddress: 'yes' }),
  ),
  breaks('type', 'maxPods as a string', classWith({ kubelet: { maxPods: '110' } })),
  breaks('type', 'a null clusterDNS entry', classWith({ kubelet: { clusterDNS: [null] } })),
  breaks('type', 'a null tag value', classWith({ tags: { team: null } })),
  breaks(
    'type',
    'subnet terms as an object',
    classWith({ subnetSelectorTerms: { id: 'subnet-1' } }),
  ),
  breaks('enum', 'an unknown amiFamily', classWith({ amiFamily: 'Ubuntu' })),
  breaks(
    'enum',
    'an unknown volume type',
    classWith({ blockDeviceMappings: [{ ebs: { volumeSize: '20Gi', volumeType: 'gp4' } }] }),
  ),
  breaks('enum', 'httpTokens maybe', classWith({ metadataOptions: { httpTokens: 'maybe' } })),
  breaks('enum', 'instanceStorePolicy RAID1', classWith({ instanceStorePolicy: 'RAID1' })),
  breaks(
    'enum',
    'an unknown interface type',
    classWith({
      networkInterfaces: [{ networkCardIndex: 0, deviceIndex: 0, interfaceType: 'eni' }],
    }),
  ),
  breaks(
    'enum',
    'an unknown instanceMatchCriteria',
    classWith({ capacityReservationSelectorTerms: [{ instanceMatchCriteria: 'any' }] }),
  ),
  breaks(
    'enum',
    'nestedVirtualization on',
    classWith({ cpuOptions: { nestedVirtualization: 'on' } }),
  ),
  breaks(
    'pattern',
    'an AMI id without ami-',
    classWith({ amiSelectorTerms: [{ id: 'img-123' }], amiFamily: 'AL2023' }),
  ),
  breaks(
    'pattern',
    'a subnet id without subnet-',
    classWith({ subnetSelectorTerms: [{ id: 'net-1' }] }),
  ),
  breaks(
    'pattern',
    'a security group id without sg-',
    classWith({ securityGroupSelectorTerms: [{ id: 'group-1' }] }),
  ),
  breaks(
    'pattern',
    'a capacity reservation id with an underscore',
    classWith({ capacityReservationSelectorTerms: [{ id: 'cr_1' }] }),
  ),
  breaks(
    'pattern',
    'an owner id of three digits',
    classWith({ capacityReservationSelectorTerms: [{ tags: { a: 'b' }, ownerID: '123' }] }),
  ),
  breaks(
    'pattern',
    'a placement group id with an underscore',
    classWith({ placementGroupSelector: { id: 'pg_1' } }),
  ),
  breaks(
    'pattern',
    'a volume size in GB',
    classWith({ blockDeviceMappings: [{ ebs: { volumeSize: '100GB' } }] }),
  ),
  breaks(
    'pattern',
    'a volume size over 64T',
    classWith({ blockDeviceMappings: [{ ebs: { volumeSize: '65T' } }] }),
  ),
  breaks(
    'pattern',
    'an eviction threshold in words',
    classWith({ kubelet: { evictionHard: { 'memory.available': 'five percent' } } }),
  ),
  breaks(
    'pattern',
    'a kubeReserved value that is not a quantity',
    classWith({ kubelet: { kubeReserved: { cpu: 'lots' } } }),
  ),
  breaks('max-length', 'an alias of 31 characters', classWithAlias(`al2023@${'v'.repeat(24)}`)),
  breaks(
    'min-length',
    'an empty placement group name',
    classWith({ placementGroupSelector: { name: '' } }),
  ),
  breaks(
    'minimum',
    'a hop limit of 0',
    classWith({ metadataOptions: { httpPutResponseHopLimit: 0 } }),
  ),
  breaks(
    'maximum',
    'a hop limit of 65',
    classWith({ metadataOptions: { httpPutResponseHopLimit: 65 } }),
  ),
  breaks(
    'minimum',
    'a volume initialization rate of 99',
    classWith({
      blockDeviceMappings: [{ ebs: { snapshotID: 'snap-1', volumeInitializationRate: 99 } }],
    }),
  ),
  breaks('minimum', 'a negative ipPrefixCount', classWith({ ipPrefixCount: -1 })),
  breaks(
    'maximum',
    'an image GC threshold of 101',
    classWith({ kubelet: { imageGCHighThresholdPercent: 101 } }),
  ),
  breaks(
    'minimum',
    'a TCP timeout of 59 seconds',
    classWith({ connectionTracking: { tcpEstablishedTimeout: 59 } }),
  ),
  breaks(
    'maximum',
    'a UDP timeout of 61 seconds',
    classWith({ connectionTracking: { udpTimeout: 61 } }),
  ),
  breaks('minimum', 'a negative maxPods', classWith({ kubelet: { maxPods: -1 } })),
  breaks('min-items', 'no AMI selector terms', classWith({ amiSelectorTerms: [] })),
  breaks(
    'max-items',
    '31 subnet terms',
    classWith({
      subnetSelectorTerms: Array.from({ length: 31 }, (_, i) => ({ id: `subnet-${i}` })),
    }),
  ),
  breaks(
    'max-items',
    '51 block devices',
    classWith({
      blockDeviceMappings: Array.from({ length: 51 }, () => ({ ebs: { volumeSize: '1Gi' } })),
    }),
  ),
  breaks(
    'max-properties',
    '21 selector tags',
    classWith({ securityGroupSelectorTerms: [{ tags: entries(21) }] }),
  ),
  breaks(
    'required',
    'no amiSelectorTerms',
    classWith({ amiSelectorTerms: undefined, amiFamily: 'AL2023' }),
  ),
  breaks('required', 'no subnetSelectorTerms', classWith({ subnetSelectorTerms: undefined })),
  breaks(
    'required',
    'no securityGroupSelectorTerms',
    classWith({ securityGroupSelectorTerms: undefined }),
  ),
  breaks(
    'required',
    'a network interface without deviceIndex',
    classWith({
      networkInterfaces: [
        { networkCardIndex: 0, deviceIndex: 0, interfaceType: 'interface' },
        { networkCardIndex: 1, interfaceType: 'efa-only' },
      ],
    }),
  ),
  breaks('metadata-name', 'a class name with a trailing dash', ec2NodeClass('gpu-')),
  breaks(
    'api-version',
    'an EC2NodeClass under karpenter.sh',
    withField(ec2NodeClass(), 'apiVersion', 'karpenter.sh/v1'),
  ),
];
