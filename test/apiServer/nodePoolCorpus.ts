import { exampleDesign } from '../../src/domain/design/example';
import { defaultNodePool } from '../../src/domain/karpenter/model/defaults';
import { designToManifests } from '../../src/domain/yaml/export/manifests';
import { accepts, type CorpusCase } from './corpusCase';
import {
  nodePool,
  poolLabelled,
  poolRequiring,
  poolWith,
  withField,
  withFields,
  type Manifest,
} from './manifestBuilders';
import { NODEPOOL_RULE_CASES, NODEPOOL_SEVERAL_CASES } from './nodePoolRuleCorpus';
import { NODEPOOL_SCHEMA_CASES } from './nodePoolSchemaCorpus';

/** A NodePool using most optional fields, all valid. */
export function richNodePool(): Manifest {
  return withFields(nodePool('gpu-workloads'), {
    'metadata.labels': { team: 'ml', 'app.kubernetes.io/managed-by': 'nodepool-designer' },
    'metadata.annotations': { 'example.com/owner': 'ml-platform' },
    'spec.template.metadata': {
      labels: { 'workload-type': 'gpu', 'karpenter.sh/capacity-type': 'on-demand', empty: '' },
      annotations: { 'example.com/note': 'designed by hand' },
    },
    'spec.template.spec.requirements': [
      { key: 'karpenter.sh/capacity-type', operator: 'In', values: ['spot', 'on-demand'] },
      {
        key: 'karpenter.k8s.aws/instance-category',
        operator: 'In',
        values: ['c', 'm', 'r'],
        minValues: 2,
      },
      { key: 'karpenter.k8s.aws/instance-generation', operator: 'Gt', values: ['5'] },
      { key: 'karpenter.k8s.aws/instance-cpu', operator: 'Lte', values: ['64'] },
      { key: 'karpenter.k8s.aws/instance-memory', operator: 'Gte', values: ['8192'] },
      { key: 'kubernetes.io/arch', operator: 'NotIn', values: ['arm64'] },
      { key: 'example.com/gpu', operator: 'Exists' },
      { key: 'example.com/legacy', operator: 'DoesNotExist' },
    ],
    'spec.template.spec.taints': [{ key: 'nvidia.com/gpu', value: 'true', effect: 'NoSchedule' }],
    'spec.template.spec.startupTaints': [
      { key: 'example.com/initializing', effect: 'NoExecute', timeAdded: '2024-05-01T10:00:00Z' },
    ],
    'spec.template.spec.expireAfter': 'Never',
    'spec.template.spec.terminationGracePeriod': '48h',
    'spec.limits': { cpu: 1000, memory: '1000Gi', 'nvidia.com/gpu': 16, storage: '1.5e3' },
    'spec.weight': 50,
    'spec.disruption': {
      consolidationPolicy: 'WhenEmpty',
      consolidateAfter: '1h30m',
      budgets: [
        { nodes: '10%' },
        {
          nodes: '0',
          schedule: '0 9 * * mon-fri',
          duration: '8h',
          reasons: ['Drifted', 'Underutilized'],
        },
        { nodes: '100%', schedule: '@daily', duration: '1h30m0s', reasons: ['Empty'] },
      ],
    },
  });
}

function exportedExamplePools(): CorpusCase[] {
  return designToManifests(exampleDesign()).flatMap((entry) =>
    'manifest' in entry && entry.manifest.kind === 'NodePool'
      ? [accepts(`example design pool ${entry.manifest.metadata.name}`, entry.manifest)]
      : [],
  );
}

const VALID: CorpusCase[] = [
  accepts('a minimal NodePool', nodePool()),
  accepts('the designer’s default NodePool', defaultNodePool('general', 'default')),
  accepts('a NodePool using most optional fields', richNodePool()),
  accepts('a static NodePool limiting only nodes', poolWith({ replicas: 3, limits: { nodes: 5 } })),
  accepts(
    'a static NodePool with empty limits and zero replicas',
    poolWith({ replicas: 0, limits: {} }),
  ),
  accepts('a null disruption, replaced by its default', poolWith({ disruption: null })),
  accepts('a null weight, dropped', poolWith({ weight: null })),
  accepts(
    'a budget without nodes, which default to 10%',
    poolWith({
      disruption: { consolidateAfter: '30s', budgets: [{ schedule: '@hourly', duration: '10m' }] },
    }),
  ),
  accepts(
    'a budget whose nodes are null, replaced by the default',
    poolWith({ disruption: { consolidateAfter: 'Never', budgets: [{ nodes: null }] } }),
  ),
  accepts(
    'numeric requirement values CEL int() accepts (+5, 05, -0)',
    poolRequiring(
      { key: 'example.com/a', operator: 'Gt', values: ['+5'] },
      { key: 'example.com/b', operator: 'Lt', values: ['05'] },
      { key: 'example.com/c', operator: 'Gte', values: ['-0'] },
      { key: 'example.com/d', operator: 'Lte', values: ['9223372036854775807'] },
    ),
  ),
  accepts(
    'minValues on NotIn, which no rule checks',
    poolRequiring({ key: 'example.com/a', operator: 'NotIn', values: ['x'], minValues: 5 }),
  ),
  accepts(
    'values on Exists, which no rule checks',
    poolRequiring({ key: 'example.com/a', operator: 'Exists', values: ['not a label value!'] }),
  ),
  accepts('an empty requirements list', poolRequiring()),
  accepts(
    'allowed karpenter.k8s.aws and karpenter.sh template labels',
    poolLabelled({
      'karpenter.k8s.aws/instance-family': 'p5',
      'karpenter.sh/capacity-type': 'spot',
      'example.com/team': 'ml',
    }),
  ),
  accepts(
    'a negative quantity string limit (the pattern allows a sign)',
    poolWith({ limits: { cpu: '-1' } }),
  ),
  accepts(
    'a status with known fields, discarded on create',
    withField(nodePool(), 'status', { nodes: 'not checked', conditions: [{ type: 'Ready' }] }),
  ),
  accepts(
    'a generateName instead of a name',
    withField(nodePool(), 'metadata', { generateName: 'pool-' }),
  ),
  accepts(
    'metadata with labels, annotations and server-set fields',
    withField(nodePool(), 'metadata', {
      name: 'a.b-c',
      labels: { 'example.com/x': 'y' },
      annotations: { note: 'any text at all' },
      uid: 'x',
      resourceVersion: '1',
    }),
  ),
  accepts(
    'undefined optional fields, which JSON leaves out',
    poolWith({ weight: undefined, limits: undefined }),
  ),
  accepts(
    'a taint without a value',
    withField(nodePool(), 'spec.template.spec.taints', [
      { key: 'dedicated', effect: 'PreferNoSchedule' },
    ]),
  ),
  accepts(
    'a template label key that is not a qualified name (the CRD does not check keys)',
    poolLabelled({ 'not a key': 'v' }),
  ),
  ...exportedExamplePools(),
];

/** The NodePool manifests of the parity corpus. */
export function nodePoolCorpus(): CorpusCase[] {
  return [...VALID, ...NODEPOOL_SCHEMA_CASES, ...NODEPOOL_RULE_CASES, ...NODEPOOL_SEVERAL_CASES];
}
