import { breaks, type CorpusCase } from './corpusCase';
import { classWith, ec2NodeClass, withFields, DISCOVERY } from './manifestBuilders';

/** EC2NodeClasses breaking the CEL rules on devices, selector terms, networking and the kubelet. */
export const EC2NODECLASS_LAUNCH_CASES: CorpusCase[] = [
  breaks(
    'ebs-size-or-snapshot',
    'an ebs block without size or snapshot',
    classWith({ blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeType: 'gp3' } }] }),
  ),
  breaks(
    'ebs-initialization-rate-snapshot',
    'an initialization rate without snapshot',
    classWith({
      blockDeviceMappings: [{ ebs: { volumeSize: '20Gi', volumeInitializationRate: 200 } }],
    }),
  ),
  breaks(
    'ebs-initialization-rate-snapshot',
    'an initialization rate with an empty snapshot',
    classWith({
      blockDeviceMappings: [{ ebs: { snapshotID: '', volumeInitializationRate: 200 } }],
    }),
  ),
  breaks(
    'block-device-one-root',
    'two root volumes',
    classWith({
      blockDeviceMappings: [
        { rootVolume: true, ebs: { volumeSize: '20Gi' } },
        { rootVolume: true, ebs: { volumeSize: '40Gi' } },
      ],
    }),
  ),
  breaks(
    'capacity-reservation-term-selects',
    'a capacity reservation term with only an owner',
    classWith({ capacityReservationSelectorTerms: [{ ownerID: '123456789012' }] }),
  ),
  breaks(
    'capacity-reservation-id-alone',
    'every capacity reservation term combining id and tags',
    classWith({ capacityReservationSelectorTerms: [{ id: 'cr-1', tags: { a: 'b' } }] }),
  ),
  breaks(
    'capacity-reservation-id-alone',
    'an empty capacity reservation list',
    classWith({ capacityReservationSelectorTerms: [] }),
  ),
  breaks(
    'selector-tags-not-empty',
    'a capacity reservation tag with an empty key',
    classWith({ capacityReservationSelectorTerms: [{ tags: { '': 'x' } }] }),
  ),
  breaks(
    'connection-tracking-not-empty',
    'an empty connectionTracking',
    classWith({ connectionTracking: {} }),
  ),
  breaks(
    'network-interfaces-primary',
    'network interfaces without a primary',
    classWith({
      networkInterfaces: [{ networkCardIndex: 0, deviceIndex: 0, interfaceType: 'efa-only' }],
    }),
  ),
  breaks(
    'network-interfaces-unique',
    'a repeated card and device pair',
    classWith({
      networkInterfaces: [
        { networkCardIndex: 0, deviceIndex: 0, interfaceType: 'interface' },
        { networkCardIndex: 0, deviceIndex: 0, interfaceType: 'interface' },
      ],
    }),
  ),
  breaks(
    'network-interfaces-unique',
    'two efa-only interfaces on one card',
    classWith({
      networkInterfaces: [
        { networkCardIndex: 0, deviceIndex: 0, interfaceType: 'interface' },
        { networkCardIndex: 1, deviceIndex: 0, interfaceType: 'efa-only' },
        { networkCardIndex: 1, deviceIndex: 1, interfaceType: 'efa-only' },
      ],
    }),
  ),
  breaks(
    'placement-group-selects',
    'an empty placement group selector',
    classWith({ placementGroupSelector: {} }),
  ),
  breaks(
    'placement-group-name-or-id',
    'a placement group with name and id',
    classWith({ placementGroupSelector: { name: 'a', id: 'pg-1' } }),
  ),
  breaks(
    'security-group-terms-not-empty',
    'no security group terms',
    classWith({ securityGroupSelectorTerms: [] }),
  ),
  breaks(
    'security-group-term-selects',
    'an empty security group term',
    classWith({ securityGroupSelectorTerms: [{}] }),
  ),
  breaks(
    'security-group-id-alone',
    'every security group term combining id and name',
    classWith({ securityGroupSelectorTerms: [{ id: 'sg-1', name: 'x' }] }),
  ),
  breaks(
    'security-group-name-alone',
    'every security group term combining name and tags',
    classWith({ securityGroupSelectorTerms: [{ name: 'x', tags: DISCOVERY }] }),
  ),
  breaks(
    'selector-tags-not-empty',
    'a security group tag with an empty value',
    classWith({ securityGroupSelectorTerms: [{ tags: { team: '' } }] }),
  ),
  breaks('subnet-terms-not-empty', 'no subnet terms', classWith({ subnetSelectorTerms: [] })),
  breaks('subnet-term-selects', 'an empty subnet term', classWith({ subnetSelectorTerms: [{}] })),
  breaks(
    'subnet-id-alone',
    'every subnet term combining id and tags',
    classWith({ subnetSelectorTerms: [{ id: 'subnet-1', tags: DISCOVERY }] }),
  ),
  breaks(
    'selector-tags-not-empty',
    'a subnet tag with an empty key',
    classWith({ subnetSelectorTerms: [{ tags: { '': 'x' } }] }),
  ),
  breaks(
    'kubelet-eviction-hard-keys',
    'an unknown evictionHard signal',
    classWith({ kubelet: { evictionHard: { 'memory.free': '5%' } } }),
  ),
  breaks(
    'kubelet-eviction-soft-keys',
    'an unknown evictionSoft signal',
    classWith({
      kubelet: {
        evictionSoft: { 'disk.available': '5%' },
        evictionSoftGracePeriod: { 'disk.available': '1m' },
      },
    }),
  ),
  breaks(
    ['kubelet-eviction-soft-grace-period-keys', 'kubelet-grace-period-eviction-soft'],
    'an unknown grace period signal',
    classWith({
      kubelet: { evictionSoftGracePeriod: { 'disk.available': '1m' }, evictionSoft: {} },
    }),
  ),
  breaks(
    'kubelet-kube-reserved-keys',
    'an unknown kubeReserved resource',
    classWith({ kubelet: { kubeReserved: { gpu: '1' } } }),
  ),
  breaks(
    'kubelet-kube-reserved-not-negative',
    'a negative kubeReserved value',
    classWith({ kubelet: { kubeReserved: { cpu: '-100m' } } }),
  ),
  breaks(
    'kubelet-system-reserved-keys',
    'an unknown systemReserved resource',
    classWith({ kubelet: { systemReserved: { storage: '1Gi' } } }),
  ),
  breaks(
    'kubelet-system-reserved-not-negative',
    'a negative systemReserved value',
    classWith({ kubelet: { systemReserved: { memory: '-1Gi' } } }),
  ),
  breaks(
    'kubelet-image-gc-thresholds',
    'image GC thresholds in the wrong order',
    classWith({ kubelet: { imageGCHighThresholdPercent: 50, imageGCLowThresholdPercent: 50 } }),
  ),
  breaks(
    'kubelet-eviction-soft-grace-period',
    'a soft threshold without grace period',
    classWith({ kubelet: { evictionSoft: { 'memory.available': '500Mi' } } }),
  ),
  breaks(
    'kubelet-grace-period-eviction-soft',
    'a grace period without soft threshold',
    classWith({
      kubelet: {
        evictionSoft: { 'memory.available': '1Gi' },
        evictionSoftGracePeriod: { 'memory.available': '1m', 'nodefs.available': '1m' },
      },
    }),
  ),
];

/** Several problems in one manifest. */
export const EC2NODECLASS_SEVERAL_CASES: CorpusCase[] = [
  breaks(
    ['role-or-instance-profile', 'ami-family-required', 'subnet-terms-not-empty'],
    'no identity, no family for AMI ids, no subnets',
    classWith({ role: undefined, amiSelectorTerms: [{ id: 'ami-1' }], subnetSelectorTerms: [] }),
  ),
  breaks(
    ['tag-nodepool', 'tag-kubernetes-cluster', 'block-device-one-root'],
    'reserved tags and two root volumes',
    classWith({
      tags: { 'karpenter.sh/nodepool': 'a', 'kubernetes.io/cluster/x': 'owned' },
      blockDeviceMappings: [
        { rootVolume: true, ebs: { volumeSize: '1Gi' } },
        { rootVolume: true, ebs: { volumeSize: '1Gi' } },
      ],
    }),
  ),
  breaks(
    ['enum', 'unknown-field'],
    'an enum error hides a CEL rule',
    classWith({ amiFamily: 'Linux', instanceProfile: 'x', kubelet: { foo: 1 } }),
  ),
  breaks(
    ['required', 'metadata-name'],
    'a class with no spec terms and no name',
    withFields(ec2NodeClass(), {
      'metadata.name': undefined,
      'spec.subnetSelectorTerms': undefined,
      'spec.securityGroupSelectorTerms': undefined,
    }),
  ),
];
