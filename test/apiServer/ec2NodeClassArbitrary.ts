import fc from 'fast-check';
import { listOf, name, pick, plainJson, rarely, someOf } from './arbitraryParts';
import { DISCOVERY } from './manifestBuilders';

/** EC2NodeClasses for the parity test, built the same way as nodePoolArbitrary's pools. */
const identity = pick<unknown>(
  [{ role: 'KarpenterNodeRole-my-cluster' }, { instanceProfile: 'KarpenterNodeInstanceProfile' }],
  [{ role: '' }, { instanceProfile: '' }, { role: 'r', instanceProfile: 'p' }, {}],
);

/** An alias (amiFamily optional, matching or not), or ids, names and tags with a family. */
const ami = fc.oneof(
  fc.record(
    {
      amiSelectorTerms: pick(
        [
          [{ alias: 'al2023@latest' }],
          [{ alias: 'bottlerocket@v1.20.0' }],
          [{ alias: 'windows2022@latest' }],
          [{ alias: 'al2@latest' }],
        ],
        [
          [{ alias: 'windows2019@v1' }],
          [{ alias: 'ubuntu@latest' }],
          [{ alias: 'al2023' }],
          [{ alias: 'al2023@latest' }, { id: 'ami-1' }],
        ],
      ),
      amiFamily: pick(['AL2023', 'Bottlerocket', 'Custom', 'Windows2022', 'AL2'], ['Ubuntu']),
    },
    { requiredKeys: ['amiSelectorTerms'] },
  ),
  fc.record(
    {
      amiSelectorTerms: fc.array(
        pick<unknown>(
          [
            { id: 'ami-0123' },
            { name: 'golden-*', owner: 'self' },
            { tags: { image: 'golden' } },
            { ssmParameter: '/my/ami' },
          ],
          [
            { id: 'img-1' },
            { owner: 'self' },
            { id: 'ami-1', name: 'x' },
            { tags: { image: '' } },
            {},
          ],
        ),
        { minLength: 1, maxLength: 2 },
      ),
      amiFamily: pick(['AL2023', 'Custom', 'Bottlerocket']),
    },
    { requiredKeys: ['amiSelectorTerms', 'amiFamily'] },
  ),
);

const selectorTerms = fc.record({
  subnetSelectorTerms: fc.array(
    pick<unknown>(
      [{ tags: DISCOVERY }, { id: 'subnet-0123' }],
      [{ id: 'net-1' }, {}, { id: 'subnet-1', tags: DISCOVERY }, { tags: { '': 'x' } }],
    ),
    { minLength: 1, maxLength: 2 },
  ),
  securityGroupSelectorTerms: fc.array(
    pick<unknown>(
      [{ tags: DISCOVERY }, { id: 'sg-0123' }, { name: 'nodes' }],
      [{ id: 'group' }, {}, { name: 'n', id: 'sg-1' }, { tags: { a: '' } }],
    ),
    { minLength: 1, maxLength: 2 },
  ),
});

const kubelet = someOf({
  maxPods: pick<unknown>([110], [-1, '5']),
  evictionHard: pick<unknown>(
    [{ 'memory.available': '5%' }, { 'nodefs.available': '10%', 'pid.available': '' }],
    [{ 'disk.free': '5%' }, { 'memory.available': 'five' }],
  ),
  // Soft thresholds and their grace periods are drawn together, sometimes not matching.
  soft: pick<unknown>(
    [
      {},
      {
        evictionSoft: { 'memory.available': '10%' },
        evictionSoftGracePeriod: { 'memory.available': '1m' },
      },
    ],
    [
      { evictionSoft: { 'memory.available': '10%' } },
      { evictionSoftGracePeriod: { 'memory.available': '1m' } },
      { evictionSoft: { 'disk.free': '1%' }, evictionSoftGracePeriod: { 'disk.free': '1m' } },
    ],
  ),
  imageGCHighThresholdPercent: pick([85, 90], [101, 40]),
  imageGCLowThresholdPercent: pick([40, 80]),
  kubeReserved: pick<unknown>(
    [{ cpu: '100m', memory: '1Gi' }],
    [{ gpu: '1' }, { cpu: '-1' }, { cpu: 'lots' }],
  ),
  systemReserved: pick<unknown>([{ cpu: '100m' }], [{ storage: '1Gi' }, { memory: '-1Gi' }]),
}).map(({ soft, ...rest }) => ({ ...rest, ...(soft as object | undefined) }));

const blockDevice = pick<unknown>(
  [
    { deviceName: '/dev/xvda', rootVolume: true, ebs: { volumeSize: '100Gi', volumeType: 'gp3' } },
    { deviceName: '/dev/xvdb', ebs: { snapshotID: 'snap-0123', volumeInitializationRate: 300 } },
    { ebs: { volumeSize: '64T', volumeType: 'st1' } },
  ],
  [
    { ebs: { volumeType: 'gp3' } },
    { ebs: { volumeSize: '100GB' } },
    { ebs: { volumeSize: '1Gi', volumeInitializationRate: 200 } },
    { ebs: { volumeSize: '1Gi', volumeType: 'gp4' } },
  ],
);

const networkInterfaces = pick<unknown>(
  [
    [],
    [{ networkCardIndex: 0, deviceIndex: 0, interfaceType: 'interface' }],
    [
      { networkCardIndex: 0, deviceIndex: 0, interfaceType: 'interface' },
      { networkCardIndex: 1, deviceIndex: 0, interfaceType: 'efa-only' },
    ],
  ],
  [
    [{ networkCardIndex: 1, deviceIndex: 0, interfaceType: 'interface' }],
    [
      { networkCardIndex: 0, deviceIndex: 0, interfaceType: 'interface' },
      { networkCardIndex: 0, deviceIndex: 0, interfaceType: 'efa-only' },
    ],
  ],
);

export function ec2NodeClassArbitrary(): fc.Arbitrary<unknown> {
  const options = someOf({
    capacityReservationSelectorTerms: pick<unknown>(
      [
        [{ id: 'cr-0123' }],
        [
          { tags: { purpose: 'training' }, ownerID: '123456789012' },
          { instanceMatchCriteria: 'open' },
        ],
      ],
      [[], [{ id: 'cr-1', tags: { a: 'b' } }], [{ ownerID: '123456789012' }], [{ id: 'cr_1' }]],
    ),
    kubelet,
    blockDeviceMappings: listOf(blockDevice, 2),
    metadataOptions: pick<unknown>(
      [{ httpTokens: 'required' }, { httpPutResponseHopLimit: 2 }, null],
      [{ httpTokens: 'maybe' }, { httpPutResponseHopLimit: 65 }],
    ),
    tags: pick<unknown>(
      [{ team: 'ml' }, { 'example.com/owner': 'x' }],
      [
        { '': 'x' },
        { 'eks:eks-cluster-name': 'x' },
        { 'kubernetes.io/cluster/x': 'owned' },
        { 'karpenter.sh/nodeclaim': 'x' },
      ],
    ),
    networkInterfaces,
    placementGroupSelector: pick<unknown>(
      [{ name: 'pg' }, { id: 'pg-0123' }],
      [{}, { name: 'pg', id: 'pg-1' }, { name: '' }, { id: 'pg_1' }],
    ),
    connectionTracking: pick<unknown>(
      [{ tcpEstablishedTimeout: 3600 }, { udpTimeout: 30, udpStreamTimeout: 60 }],
      [{}, { tcpEstablishedTimeout: 59 }],
    ),
    detailedMonitoring: pick<unknown>([true, false], ['yes']),
    unknownField: rarely(1),
  });
  return fc
    .record({
      apiVersion: fc.constant('karpenter.k8s.aws/v1'),
      kind: fc.constant('EC2NodeClass'),
      metadata: fc.record({ name }),
      spec: fc
        .tuple(identity, ami, selectorTerms, options)
        .map((parts) => Object.assign({}, ...parts) as unknown),
    })
    .map(plainJson);
}
