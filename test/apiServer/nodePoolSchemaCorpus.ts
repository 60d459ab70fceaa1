import { breaks, type CorpusCase } from './corpusCase';
import {
  entries,
  nodePool,
  poolLabelled,
  poolRequiring,
  poolWith,
  withField,
} from './manifestBuilders';

/** NodePools breaking a schema constraint: unknown fields, types, enums, patterns, ranges... */
export const NODEPOOL_SCHEMA_CASES: CorpusCase[] = [
  breaks('unknown-field', 'an unknown field in spec', poolWith({ weigth: 10 })),
  breaks(
    'unknown-field',
    'an unknown field in the template spec',
    withField(nodePool(), 'spec.template.spec.foo', 'bar'),
  ),
  breaks(
    'unknown-field',
    'a name in the template metadata',
    withField(nodePool(), 'spec.template.metadata.name', 'x'),
  ),
  breaks('unknown-field', 'an unknown top-level field', withField(nodePool(), 'extra', 1)),
  breaks(
    'unknown-field',
    'an unknown metadata field',
    withField(nodePool(), 'metadata.labelz', { a: 'b' }),
  ),
  breaks('unknown-field', 'an unknown field in status', withField(nodePool(), 'status.foo', 1)),
  breaks(
    'unknown-field',
    'an unknown field in a requirement',
    poolRequiring({ key: 'a', operator: 'Exists', value: 'x' }),
  ),
  breaks(
    'unknown-field',
    'an unknown field in a budget',
    poolWith({ disruption: { consolidateAfter: '1m', budgets: [{ nodes: '1', node: '2' }] } }),
  ),
  breaks('type', 'a string weight', poolWith({ weight: '10' })),
  breaks('type', 'a fractional limit', poolWith({ limits: { cpu: 1.5 } })),
  breaks(
    'type',
    'requirements as an object',
    withField(nodePool(), 'spec.template.spec.requirements', { key: 'a' }),
  ),
  breaks(
    'type',
    'taints as a string',
    withField(nodePool(), 'spec.template.spec.taints', 'NoSchedule'),
  ),
  breaks('type', 'a numeric template label value', poolLabelled({ gpu: 1 })),
  breaks('type', 'a null template label value', poolLabelled({ gpu: null })),
  breaks(
    'type',
    'a numeric requirement value',
    poolRequiring({ key: 'a', operator: 'In', values: [1] }),
  ),
  breaks('type', 'a string disruption', poolWith({ disruption: 'aggressive' })),
  breaks(
    'type',
    'metadata labels as a string',
    withField(nodePool(), 'metadata.labels', 'team=ml'),
  ),
  breaks('type', 'a numeric name', withField(nodePool(), 'metadata.name', 5)),
  breaks('type', 'a boolean limit', poolWith({ limits: { cpu: true } })),
  breaks(
    'enum',
    'an unknown operator',
    poolRequiring({ key: 'a', operator: 'Contains', values: ['x'] }),
  ),
  breaks(
    'enum',
    'an unknown taint effect',
    withField(nodePool(), 'spec.template.spec.taints', [{ key: 'a', effect: 'NoEffect' }]),
  ),
  breaks(
    'enum',
    'an unknown consolidation policy',
    poolWith({ disruption: { consolidationPolicy: 'Sometimes', consolidateAfter: '1m' } }),
  ),
  breaks(
    'enum',
    'an unknown budget reason',
    poolWith({
      disruption: { consolidateAfter: '1m', budgets: [{ nodes: '1', reasons: ['Expired'] }] },
    }),
  ),
  breaks(
    'pattern',
    'consolidateAfter in words',
    poolWith({ disruption: { consolidateAfter: '5 minutes' } }),
  ),
  breaks(
    'pattern',
    'expireAfter in days',
    withField(nodePool(), 'spec.template.spec.expireAfter', '30d'),
  ),
  breaks(
    'pattern',
    'terminationGracePeriod Never',
    withField(nodePool(), 'spec.template.spec.terminationGracePeriod', 'Never'),
  ),
  breaks(
    'pattern',
    'a budget of 101%',
    poolWith({ disruption: { consolidateAfter: '1m', budgets: [{ nodes: '101%' }] } }),
  ),
  breaks(
    'pattern',
    'a three-field schedule',
    poolWith({
      disruption: {
        consolidateAfter: '1m',
        budgets: [{ nodes: '1', schedule: '* * *', duration: '1h' }],
      },
    }),
  ),
  breaks(
    'pattern',
    'a budget duration in seconds',
    poolWith({
      disruption: {
        consolidateAfter: '1m',
        budgets: [{ nodes: '1', schedule: '@daily', duration: '30s' }],
      },
    }),
  ),
  breaks('pattern', 'a limit that is not a quantity', poolWith({ limits: { cpu: 'lots' } })),
  breaks('pattern', 'an empty limit string', poolWith({ limits: { memory: '' } })),
  breaks(
    'pattern',
    'a taint key with a space',
    withField(nodePool(), 'spec.template.spec.taints', [{ key: 'bad key', effect: 'NoSchedule' }]),
  ),
  breaks(
    'pattern',
    'a taint value with a space',
    withField(nodePool(), 'spec.template.spec.taints', [
      { key: 'a', value: 'a b', effect: 'NoSchedule' },
    ]),
  ),
  breaks(
    'pattern',
    'a template label value with a space',
    poolLabelled({ team: 'machine learning' }),
  ),
  breaks(
    'pattern',
    'a nodeClassRef group with a version',
    withField(nodePool(), 'spec.template.spec.nodeClassRef.group', 'karpenter.k8s.aws/v1'),
  ),
  breaks(
    'pattern',
    'a requirement key with a space',
    poolRequiring({ key: 'Bad Key', operator: 'Exists' }),
  ),
  breaks(
    'max-length',
    'a template label value of 64 characters',
    poolLabelled({ team: 'x'.repeat(64) }),
  ),
  breaks(
    'max-length',
    'a requirement key of 317 characters',
    poolRequiring({ key: `example.com/${'k'.repeat(305)}`, operator: 'Exists' }),
  ),
  breaks(
    'min-length',
    'an empty taint key',
    withField(nodePool(), 'spec.template.spec.startupTaints', [{ key: '', effect: 'NoSchedule' }]),
  ),
  breaks('minimum', 'weight 0', poolWith({ weight: 0 })),
  breaks('maximum', 'weight 101', poolWith({ weight: 101 })),
  breaks('minimum', 'negative replicas', poolWith({ replicas: -1 })),
  breaks(
    'minimum',
    'minValues 0',
    poolRequiring({ key: 'a', operator: 'In', values: ['x'], minValues: 0 }),
  ),
  breaks(
    'maximum',
    'minValues 51',
    poolRequiring({ key: 'a', operator: 'NotIn', values: ['x'], minValues: 51 }),
  ),
  breaks(
    'max-items',
    '101 requirements',
    poolRequiring(
      ...Array.from({ length: 101 }, (_, i) => ({ key: `example.com/k${i}`, operator: 'Exists' })),
    ),
  ),
  breaks(
    'max-items',
    '51 budgets',
    poolWith({
      disruption: {
        consolidateAfter: '1m',
        budgets: Array.from({ length: 51 }, () => ({ nodes: '1' })),
      },
    }),
  ),
  breaks('max-properties', '101 template labels', poolLabelled(entries(101))),
  breaks(
    'duplicate',
    'a budget reason listed twice',
    poolWith({
      disruption: {
        consolidateAfter: '1m',
        budgets: [{ nodes: '1', reasons: ['Drifted', 'Drifted'] }],
      },
    }),
  ),
  breaks('required', 'a NodePool without spec', withField(nodePool(), 'spec', undefined)),
  breaks('required', 'a NodePool whose spec is null', withField(nodePool(), 'spec', null)),
  breaks('required', 'no template', withField(nodePool(), 'spec.template', undefined)),
  breaks(
    'required',
    'a template without spec',
    withField(nodePool(), 'spec.template.spec', undefined),
  ),
  breaks(
    'required',
    'no nodeClassRef',
    withField(nodePool(), 'spec.template.spec.nodeClassRef', undefined),
  ),
  breaks(
    'required',
    'no requirements',
    withField(nodePool(), 'spec.template.spec.requirements', undefined),
  ),
  breaks(
    'required',
    'a nodeClassRef without name',
    withField(nodePool(), 'spec.template.spec.nodeClassRef.name', undefined),
  ),
  breaks('required', 'a requirement without operator', poolRequiring({ key: 'a', values: ['x'] })),
  breaks(
    'required',
    'a taint without effect',
    withField(nodePool(), 'spec.template.spec.taints', [{ key: 'a' }]),
  ),
  breaks(
    'required',
    'a disruption block without consolidateAfter',
    poolWith({ disruption: { consolidationPolicy: 'WhenEmpty' } }),
  ),
  breaks('required', 'an empty disruption block', poolWith({ disruption: {} })),
  breaks(
    'format',
    'a timeAdded in words',
    withField(nodePool(), 'spec.template.spec.taints', [
      { key: 'a', effect: 'NoSchedule', timeAdded: 'yesterday' },
    ]),
  ),
  breaks(
    'format',
    'a timeAdded of 30 February',
    withField(nodePool(), 'spec.template.spec.taints', [
      { key: 'a', effect: 'NoSchedule', timeAdded: '2024-02-30T00:00:00Z' },
    ]),
  ),
  breaks('metadata-name', 'no name', withField(nodePool(), 'metadata.name', undefined)),
  breaks('metadata-name', 'a null metadata', withField(nodePool(), 'metadata', null)),
  breaks('metadata-name', 'a name with capitals and an underscore', nodePool('GPU_Pool')),
  breaks('metadata-name', 'a name of 254 characters', nodePool('a'.repeat(254))),
  breaks(
    'metadata-key',
    'a metadata label key with a space',
    withField(nodePool(), 'metadata.labels', { 'my team': 'ml' }),
  ),
  breaks(
    'metadata-value',
    'a metadata label value with a slash',
    withField(nodePool(), 'metadata.labels', { team: 'ml/ops' }),
  ),
  breaks(
    'metadata-key',
    'an annotation key with an uppercase prefix',
    withField(nodePool(), 'metadata.annotations', { 'Example.com/note': 'x' }),
  ),
  breaks(
    'api-version',
    'a v1beta1 NodePool',
    withField(nodePool(), 'apiVersion', 'karpenter.sh/v1beta1'),
  ),
  breaks(
    'api-version',
    'a NodePool without apiVersion',
    withField(nodePool(), 'apiVersion', undefined),
  ),
  breaks('kind', 'a manifest without kind', withField(nodePool(), 'kind', undefined)),
  breaks('json', 'a weight that is not a number JSON can carry', poolWith({ weight: Number.NaN })),
  breaks('manifest', 'a list instead of a manifest', [nodePool()]),
];
