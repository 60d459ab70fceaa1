import { exampleDesign } from '../../src/domain/design/example';
import { defaultEC2NodeClass } from '../../src/domain/karpenter/model/defaults';
import { designToManifests } from '../../src/domain/yaml/export/manifests';
import { accepts, type CorpusCase } from './corpusCase';
import {
  EC2NODECLASS_LAUNCH_CASES,
  EC2NODECLASS_SEVERAL_CASES,
} from './ec2NodeClassLaunchRuleCorpus';
import { EC2NODECLASS_AMI_IDENTITY_CASES } from './ec2NodeClassRuleCorpus';
import { EC2NODECLASS_SCHEMA_CASES } from './ec2NodeClassSchemaCorpus';
import {
  classWith,
  ec2NodeClass,
  withField,
  type Manifest,
  DISCOVERY,
  classWithAlias,
} from './manifestBuilders';

/** An EC2NodeClass using most optional fields, all valid. */
export function richEC2NodeClass(): Manifest {
  return classWith({
    amiFamily: 'AL2023',
    amiSelectorTerms: [{ alias: 'al2023@v20240807' }],
    subnetSelectorTerms: [{ tags: DISCOVERY }, { id: 'subnet-0123456789abcdef0' }],
    securityGroupSelectorTerms: [
      { tags: DISCOVERY },
      { name: 'my-cluster-node' },
      { id: 'sg-0123456789abcdef0' },
    ],
    capacityReservationSelectorTerms: [
      { id: 'cr-0123456789abcdef0' },
      { tags: { purpose: 'training' }, ownerID: '123456789012' },
      { instanceMatchCriteria: 'open' },
    ],
    associatePublicIPAddress: false,
    blockDeviceMappings: [
      {
        deviceName: '/dev/xvda',
        rootVolume: true,
        ebs: {
          volumeSize: '100Gi',
          volumeType: 'gp3',
          iops: 3000,
          throughput: 125,
          encrypted: true,
          deleteOnTermination: true,
          kmsKeyID: 'alias/ebs',
        },
      },
      {
        deviceName: '/dev/xvdb',
        rootVolume: false,
        ebs: { snapshotID: 'snap-0123456789abcdef0', volumeInitializationRate: 200 },
      },
      { deviceName: '/dev/xvdc', ebs: { volumeSize: '2T', volumeType: 'st1' } },
    ],
    instanceStorePolicy: 'RAID0',
    kubelet: {
      maxPods: 110,
      podsPerCore: 10,
      systemReserved: { cpu: '100m', memory: '100Mi', 'ephemeral-storage': '1Gi' },
      kubeReserved: { cpu: '200m', memory: '100Mi', pid: '1000' },
      evictionHard: { 'memory.available': '5%', 'nodefs.available': '10.5%', 'pid.available': '' },
      evictionSoft: { 'memory.available': '500Mi' },
      evictionSoftGracePeriod: { 'memory.available': '1m' },
      evictionMaxPodGracePeriod: 60,
      imageGCHighThresholdPercent: 85,
      imageGCLowThresholdPercent: 80,
      cpuCFSQuota: true,
      clusterDNS: ['10.100.0.10'],
    },
    metadataOptions: {
      httpEndpoint: 'enabled',
      httpProtocolIPv6: 'disabled',
      httpPutResponseHopLimit: 2,
      httpTokens: 'required',
    },
    tags: { team: 'ml', 'example.com/cost-center': '1234', 'kubernetes.io/role': 'node' },
    userData: '#!/bin/bash\necho hello\n',
    detailedMonitoring: true,
    connectionTracking: { tcpEstablishedTimeout: 3600, udpTimeout: 30 },
    cpuOptions: { nestedVirtualization: 'disabled' },
    ipPrefixCount: 2,
    networkInterfaces: [
      { networkCardIndex: 0, deviceIndex: 0, interfaceType: 'interface' },
      { networkCardIndex: 0, deviceIndex: 1, interfaceType: 'efa-only' },
      { networkCardIndex: 1, deviceIndex: 0, interfaceType: 'efa-only' },
    ],
    placementGroupSelector: { name: 'training-cluster' },
    context: 'reserved',
  });
}

/** Instance profile and explicit AMI selection instead of an alias. */
function customAmiClass(): Manifest {
  return classWith({
    role: undefined,
    instanceProfile: 'KarpenterNodeInstanceProfile',
    amiFamily: 'Custom',
    amiSelectorTerms: [
      { id: 'ami-0123456789abcdef0' },
      { name: 'golden-*', owner: 'self' },
      { tags: { image: 'golden' }, owner: '123456789012' },
      { ssmParameter: '/my/ami' },
    ],
    subnetSelectorTerms: [{ id: 'subnet-0123' }],
    securityGroupSelectorTerms: [{ id: 'sg-0123' }],
    placementGroupSelector: { id: 'pg-0123' },
  });
}

function exportedExampleClasses(): CorpusCase[] {
  return designToManifests(exampleDesign()).flatMap((entry) =>
    'manifest' in entry && entry.manifest.kind === 'EC2NodeClass'
      ? [accepts(`example design class ${entry.manifest.metadata.name}`, entry.manifest)]
      : [],
  );
}

const VALID: CorpusCase[] = [
  accepts('a minimal EC2NodeClass', ec2NodeClass()),
  accepts('the designer’s default EC2NodeClass', defaultEC2NodeClass('default')),
  accepts('an EC2NodeClass using most optional fields', richEC2NodeClass()),
  accepts('an instance profile with id, name, tags and ssmParameter AMI terms', customAmiClass()),
  accepts(
    'a Windows alias on latest with its family',
    classWithAlias('windows2022@latest', 'Windows2022'),
  ),
  accepts(
    'a Bottlerocket alias pinned to a version',
    classWithAlias('bottlerocket@v1.20.0', 'Bottlerocket'),
  ),
  accepts('an AL2 alias with amiFamily Custom', classWithAlias('al2@latest', 'Custom')),
  accepts('a Windows 2025 alias without amiFamily', classWithAlias('windows2025@latest')),
  accepts(
    'a Windows alias with extra @ parts (split keeps [1] latest)',
    classWithAlias('windows2019@latest@x'),
  ),
  accepts(
    'an EC2NodeClass without spec (the root does not require it)',
    withField(ec2NodeClass(), 'spec', undefined),
  ),
  accepts(
    'capacity reservation terms mixing an id with other fields in one term only',
    classWith({
      capacityReservationSelectorTerms: [
        { id: 'cr-1', ownerID: '123456789012' },
        { tags: { a: 'b' } },
      ],
    }),
  ),
  accepts(
    'security group terms mixing id and name in one term only',
    classWith({ securityGroupSelectorTerms: [{ id: 'sg-1', name: 'x' }, { tags: DISCOVERY }] }),
  ),
  accepts(
    'subnet terms mixing id and tags in one term only',
    classWith({ subnetSelectorTerms: [{ id: 'subnet-1', tags: DISCOVERY }, { id: 'subnet-2' }] }),
  ),
  accepts('a null metadataOptions, replaced by its default', classWith({ metadataOptions: null })),
  accepts(
    'a partial metadataOptions, completed by defaults',
    classWith({ metadataOptions: { httpTokens: 'optional' } }),
  ),
  accepts('an empty networkInterfaces list', classWith({ networkInterfaces: [] })),
  accepts(
    'an empty evictionSoft without grace periods',
    classWith({ kubelet: { evictionSoft: {} } }),
  ),
  accepts(
    'an unanchored AMI id pattern matching inside the text',
    classWith({ amiSelectorTerms: [{ id: 'my-ami-123' }], amiFamily: 'AL2023' }),
  ),
  accepts(
    'a bare Ti volume size (the pattern has an empty alternative)',
    classWith({ blockDeviceMappings: [{ ebs: { volumeSize: 'Ti' } }] }),
  ),
  accepts(
    'a selector tag value of * (match any)',
    classWith({ subnetSelectorTerms: [{ tags: { 'karpenter.sh/discovery': '*' } }] }),
  ),
  accepts(
    'a status with known fields, discarded on create',
    withField(ec2NodeClass(), 'status', {
      subnets: [{ id: 'subnet-1', zone: 'a' }],
      amis: 'not checked',
    }),
  ),
  accepts('a userData given as a Date, sent as text', classWith({ userData: new Date(0) })),
  ...exportedExampleClasses(),
];

/** The EC2NodeClass manifests of the parity corpus. */
export function ec2NodeClassCorpus(): CorpusCase[] {
  return [
    ...VALID,
    ...EC2NODECLASS_SCHEMA_CASES,
    ...EC2NODECLASS_AMI_IDENTITY_CASES,
    ...EC2NODECLASS_LAUNCH_CASES,
    ...EC2NODECLASS_SEVERAL_CASES,
  ];
}
