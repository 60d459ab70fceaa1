/**
 * Valid karpenter.k8s.aws/v1 EC2NodeClasses for property tests: every one passes the
 * EC2NodeClass CRD's schema and CEL rules (an alias term alone, or other terms with amiFamily;
 * exactly one of role and instanceProfile; kubelet thresholds in order; eviction maps paired).
 */
import fc from 'fast-check';
import { DISCOVERY_TAG_KEY } from '../../src/domain/karpenter/model/defaults';
import {
  AMI_FAMILIES,
  EC2NODECLASS_API_VERSION,
  EC2NODECLASS_KIND,
  type AmiSelectorTerm,
  type BlockDeviceMapping,
  type EC2NodeClass,
  type KubeletConfiguration,
  type SelectorTerm,
} from '../../src/domain/karpenter/model/types';
import { freeText, mapOf, optionalFields, record } from './arbitraryValues';

const ALIAS_FAMILY: Record<string, string> = {
  al2023: 'AL2023',
  al2: 'AL2',
  bottlerocket: 'Bottlerocket',
  windows2022: 'Windows2022',
};

const tagValue = fc.constantFrom('my-cluster', 'ml', 'on', '0x1F', 'a b', 'Name: x');
const selectorTags = mapOf([DISCOVERY_TAG_KEY, 'Name', 'example.com/team'], tagValue, 2);

/** Either one alias (alone, as the CRD requires), or other terms and an amiFamily. */
const amiSelection: fc.Arbitrary<{ amiSelectorTerms: AmiSelectorTerm[]; amiFamily?: string }> =
  fc.oneof(
    fc
      .tuple(
        fc.constantFrom(
          'al2023@latest',
          'al2023@v20240807',
          'al2@latest',
          'bottlerocket@latest',
          'bottlerocket@v1.20.3',
          'windows2022@latest',
        ),
        fc.boolean(),
        fc.boolean(),
      )
      .map(([alias, withFamily, custom]) => {
        const family = ALIAS_FAMILY[alias.split('@')[0] ?? ''] ?? 'Custom';
        return {
          amiSelectorTerms: [{ alias }],
          ...(withFamily ? { amiFamily: custom ? 'Custom' : family } : {}),
        };
      }),
    record({
      amiSelectorTerms: fc.array(
        fc.oneof(
          record({ tags: selectorTags }),
          record({ id: fc.constantFrom('ami-0abc123', 'ami-12345678') }),
          record(
            {
              name: fc.constantFrom('amazon-eks-node-al2023-*', 'my-ami'),
              owner: fc.constantFrom('amazon', '123456789012', 'self'),
            },
            { requiredKeys: ['name'] },
          ),
          record({ ssmParameter: fc.constant('/aws/service/eks/optimized-ami/1.31/id') }),
        ),
        { minLength: 1, maxLength: 2 },
      ),
      amiFamily: fc.constantFrom(...AMI_FAMILIES),
    }),
  );

const discoveryTerms = (prefix: string): fc.Arbitrary<SelectorTerm[]> =>
  fc.array(
    fc.oneof(
      record({ tags: selectorTags }),
      record({ id: fc.constantFrom(`${prefix}-0abc123`, `${prefix}-12345678`) }),
    ),
    { minLength: 1, maxLength: 2 },
  );

const blockDevice: fc.Arbitrary<BlockDeviceMapping> = record(
  {
    deviceName: fc.constantFrom('/dev/xvda', '/dev/xvdb', '/dev/xvdc'),
    volumeSize: fc.constantFrom('4Gi', '20Gi', '100Gi', '1Ti', '500G'),
    performance: fc.oneof(
      record({ volumeType: fc.constantFrom('gp2', 'st1', 'standard') }),
      record(
        {
          volumeType: fc.constant('gp3'),
          iops: fc.integer({ min: 3000, max: 16_000 }),
          throughput: fc.integer({ min: 125, max: 1000 }),
        },
        { requiredKeys: ['volumeType'] },
      ),
      record({
        volumeType: fc.constantFrom('io1', 'io2'),
        iops: fc.integer({ min: 100, max: 64_000 }),
      }),
    ),
    encrypted: fc.boolean(),
    deleteOnTermination: fc.boolean(),
    kmsKeyID: fc.constantFrom('alias/aws/ebs', 'arn:aws:kms:us-east-1:123456789012:key/abc'),
  },
  { requiredKeys: ['deviceName', 'volumeSize', 'performance'] },
).map(({ deviceName, performance, ...ebs }) => ({
  deviceName,
  ebs: { ...ebs, ...performance },
}));

/** At most one root volume, as the CRD requires. */
const blockDeviceMappings = fc
  .uniqueArray(blockDevice, { selector: (m) => m.deviceName, minLength: 1, maxLength: 3 })
  .chain((mappings) =>
    fc
      .option(fc.nat({ max: mappings.length - 1 }), { nil: undefined })
      .map((root) => mappings.map((m, i) => (i === root ? { ...m, rootVolume: true } : m))),
  );

const signals = ['memory.available', 'nodefs.available', 'imagefs.available', 'pid.available'];
const threshold = fc.constantFrom('5%', '10%', '100Mi', '1Gi', '2.5%');

const kubelet: fc.Arbitrary<KubeletConfiguration> = record(
  {
    maxPods: fc.integer({ min: 1, max: 250 }),
    podsPerCore: fc.integer({ min: 1, max: 20 }),
    clusterDNS: fc.subarray(['10.100.0.10', '169.254.20.10'], { minLength: 1 }),
    cpuCFSQuota: fc.boolean(),
    systemReserved: mapOf(['cpu', 'memory', 'ephemeral-storage'], fc.constantFrom('100m', '1Gi')),
    kubeReserved: mapOf(['cpu', 'memory', 'pid'], fc.constantFrom('200m', '512Mi', '100')),
    evictionHard: mapOf(signals, threshold),
    // evictionSoft and its grace periods name the same signals (a CEL rule checks both ways).
    evictionSoft: mapOf(signals, threshold).chain((soft) =>
      fc
        .array(fc.constantFrom('1m', '2m30s'), {
          minLength: Object.keys(soft).length,
          maxLength: Object.keys(soft).length,
        })
        .map((periods) => ({
          soft,
          periods: Object.fromEntries(Object.keys(soft).map((k, i) => [k, periods[i] ?? '1m'])),
        })),
    ),
    evictionMaxPodGracePeriod: fc.integer({ min: 0, max: 600 }),
    imageGC: fc
      .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 100 }))
      .filter(([low, high]) => low < high),
  },
  { requiredKeys: [] },
).map(({ evictionSoft, imageGC, ...rest }) => ({
  ...rest,
  ...(evictionSoft
    ? { evictionSoft: evictionSoft.soft, evictionSoftGracePeriod: evictionSoft.periods }
    : {}),
  ...(imageGC
    ? { imageGCLowThresholdPercent: imageGC[0], imageGCHighThresholdPercent: imageGC[1] }
    : {}),
}));

/** User data as it is written for AL2023 (MIME), Bottlerocket (TOML), or anything at all. */
const userData = fc.oneof(
  fc.constantFrom(
    '#!/bin/bash\necho "hello" > /etc/motd\n',
    '[settings.kubernetes]\nmax-pods = 110\n',
    'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="//"\n\n--//\nContent-Type: text/x-shellscript\n\n#!/bin/bash\nset -e\n--//--\n',
    '  indented first line\nthen not\n',
    'no final newline',
  ),
  freeText,
);

/** Never a restricted tag (kubernetes.io/cluster/*, karpenter.sh/nodepool, eks:...). */
const tags = mapOf(['team', 'Name', 'cost-center', 'example.com/owner'], freeText);

/** An EC2NodeClass named `name`. */
export function ec2NodeClassArbitrary(name: string): fc.Arbitrary<EC2NodeClass> {
  return record(
    {
      ami: amiSelection,
      identity: fc.oneof(
        record({ role: fc.constantFrom('KarpenterNodeRole-my-cluster', 'on') }),
        record({ instanceProfile: fc.constantFrom('KarpenterNodeInstanceProfile', 'y') }),
      ),
      subnetSelectorTerms: discoveryTerms('subnet'),
      securityGroupSelectorTerms: discoveryTerms('sg'),
      optional: optionalFields({
        tags,
        blockDeviceMappings,
        kubelet,
        userData,
        detailedMonitoring: fc.boolean(),
        associatePublicIPAddress: fc.boolean(),
        metadataOptions: record({
          httpEndpoint: fc.constantFrom('enabled', 'disabled'),
          httpProtocolIPv6: fc.constantFrom('enabled', 'disabled'),
          httpPutResponseHopLimit: fc.integer({ min: 1, max: 64 }),
          httpTokens: fc.constantFrom('required', 'optional'),
        }),
      }),
    },
    { requiredKeys: ['ami', 'identity', 'subnetSelectorTerms', 'securityGroupSelectorTerms'] },
  ).map(({ ami, identity, optional, ...terms }) => ({
    apiVersion: EC2NODECLASS_API_VERSION,
    kind: EC2NODECLASS_KIND,
    metadata: { name },
    spec: { ...optional, ...ami, ...identity, ...terms },
  }));
}
