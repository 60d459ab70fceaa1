import fc from 'fast-check';
import { listOf, name, pick, plainJson, rarely, someOf } from './arbitraryParts';

/**
 * fast-check generators for the parity test. Each field is absent or drawn from a few values
 * that are valid on their own, and now and then from values that are not; fields are combined
 * at random, so cross-field rules (replicas with weight or limits, an alias with amiFamily, role
 * with instanceProfile, evictionSoft with its grace periods...) meet combinations nobody wrote by
 * hand. About half the NodePools and a third of the EC2NodeClasses come out valid.
 */

const requirement = pick<unknown>(
  [
    { key: 'kubernetes.io/arch', operator: 'In', values: ['amd64', 'arm64'] },
    {
      key: 'karpenter.sh/capacity-type',
      operator: 'In',
      values: ['spot', 'on-demand'],
      minValues: 2,
    },
    { key: 'karpenter.k8s.aws/instance-family', operator: 'NotIn', values: ['t3'] },
    { key: 'karpenter.k8s.aws/instance-generation', operator: 'Gt', values: ['+3'] },
    { key: 'karpenter.k8s.aws/instance-cpu', operator: 'Lte', values: ['64'] },
    { key: 'example.com/team', operator: 'Exists' },
  ],
  [
    { key: 'karpenter.sh/nodepool', operator: 'In', values: ['a'] },
    { key: 'kubernetes.io/hostname', operator: 'Exists' },
    { key: 'karpenter.k8s.aws/made-up', operator: 'Exists' },
    { key: 'Bad Key', operator: 'Exists' },
    { key: 'a', operator: 'In', values: [] },
    { key: 'a', operator: 'Gt', values: ['-1'] },
    { key: 'a', operator: 'In', values: ['x'], minValues: 3 },
    { key: 'a', operator: 'Near', values: ['x'] },
    { key: 'a', values: ['x'] },
  ],
);

const taint = pick<unknown>(
  [
    { key: 'nvidia.com/gpu', effect: 'NoSchedule' },
    { key: 'dedicated', value: 'ml', effect: 'NoExecute', timeAdded: '2024-05-01T10:00:00Z' },
  ],
  [
    { key: '', effect: 'NoSchedule' },
    { key: 'a', value: 'a b', effect: 'NoSchedule' },
    { key: 'a', effect: 'Sometimes' },
    { key: 'a' },
  ],
);

const budget = pick<unknown>(
  [
    { nodes: '10%' },
    { nodes: '0', schedule: '0 9 * * mon-fri', duration: '8h', reasons: ['Drifted'] },
    { schedule: '@daily', duration: '1h30m' },
    { nodes: null },
  ],
  [
    { nodes: '101%' },
    { nodes: '1', schedule: '@daily' },
    { nodes: '1', duration: '1h' },
    { nodes: '1', reasons: ['Empty', 'Empty'] },
    { nodes: '1', schedule: '* *', duration: '1h' },
  ],
);

const templateLabels = pick<unknown>(
  [{ team: 'ml' }, { 'karpenter.sh/capacity-type': 'spot', empty: '' }],
  [
    { 'karpenter.sh/nodepool': 'x' },
    { 'kubernetes.io/hostname': 'x' },
    { 'karpenter.k8s.aws/x': 'y' },
    { team: 'a b' },
    { team: 1 },
  ],
);

export function nodePoolArbitrary(): fc.Arbitrary<unknown> {
  const templateSpec = fc.record(
    {
      nodeClassRef: pick<unknown>(
        [{ group: 'karpenter.k8s.aws', kind: 'EC2NodeClass', name: 'default' }],
        [
          { group: '', kind: 'EC2NodeClass', name: 'x' },
          { group: 'a/v1', kind: 'EC2NodeClass', name: 'x' },
          { group: 'a', kind: 'b' },
        ],
      ),
      requirements: listOf(requirement, 4),
      taints: listOf(taint, 2),
      startupTaints: listOf(taint, 1),
      expireAfter: pick(['720h', 'Never'], ['30d']),
      terminationGracePeriod: pick(['48h'], ['Never']),
    },
    { requiredKeys: ['nodeClassRef', 'requirements'] },
  );
  const disruption = fc.record(
    {
      consolidateAfter: pick(['1m', 'Never', '0s'], ['5 minutes']),
      consolidationPolicy: pick(
        ['WhenEmpty', 'WhenEmptyOrUnderutilized', 'Balanced'],
        ['Sometimes'],
      ),
      budgets: listOf(budget, 2),
    },
    { requiredKeys: ['consolidateAfter'] },
  );
  const spec = fc.record(
    {
      template: fc.record(
        { metadata: someOf({ labels: templateLabels }), spec: templateSpec },
        { requiredKeys: ['spec'] },
      ),
      weight: pick<unknown>([1, 50, 100], [0, 101, '10', null]),
      // Rarer, so that most pools are dynamic and weight and cpu limits stay allowed.
      replicas: fc.oneof(
        { weight: 1, arbitrary: pick<unknown>([0, 3], [-1]) },
        { weight: 3, arbitrary: fc.constant(undefined) },
      ),
      limits: pick<unknown>(
        [{ cpu: '1000' }, { cpu: 100, memory: '64Gi' }, { nodes: 5 }, {}],
        [{ cpu: 'lots' }, { cpu: 1.5 }],
      ),
      disruption: pick<unknown>([undefined, null]).chain((none) =>
        fc.oneof(fc.constant(none), disruption),
      ),
    },
    { requiredKeys: ['template'] },
  );
  return fc
    .record({
      apiVersion: fc.constant('karpenter.sh/v1'),
      kind: fc.constant('NodePool'),
      metadata: fc.record({ name }),
      spec,
      extra: rarely({ unknown: true }),
    })
    .map(plainJson);
}
