import { breaks, type CorpusCase } from './corpusCase';
import {
  nodePool,
  poolLabelled,
  poolRequiring,
  poolWith,
  withField,
  withFields,
} from './manifestBuilders';

/** NodePools breaking the CEL rules, one or several at once. */
export const NODEPOOL_RULE_CASES: CorpusCase[] = [
  breaks(
    'template-label-karpenter-sh',
    'a karpenter.sh template label',
    poolLabelled({ 'karpenter.sh/team': 'ml' }),
  ),
  breaks(
    'template-label-karpenter-sh',
    'a label in a domain ending in karpenter.sh',
    poolLabelled({ 'my-karpenter.sh/team': 'ml' }),
  ),
  breaks(
    'template-label-karpenter-sh',
    'a bare karpenter.sh label key',
    poolLabelled({ 'karpenter.sh': 'x' }),
  ),
  breaks(
    'template-label-nodepool',
    'a karpenter.sh/nodepool template label',
    poolLabelled({ 'karpenter.sh/nodepool': 'other' }),
  ),
  breaks(
    'template-label-hostname',
    'a kubernetes.io/hostname template label',
    poolLabelled({ 'kubernetes.io/hostname': 'node-1' }),
  ),
  breaks(
    'template-label-karpenter-k8s-aws',
    'an unknown karpenter.k8s.aws template label',
    poolLabelled({ 'karpenter.k8s.aws/team': 'ml' }),
  ),
  breaks(
    'nodeclassref-group',
    'an empty nodeClassRef group',
    withField(nodePool(), 'spec.template.spec.nodeClassRef.group', ''),
  ),
  breaks(
    'nodeclassref-kind',
    'an empty nodeClassRef kind',
    withField(nodePool(), 'spec.template.spec.nodeClassRef.kind', ''),
  ),
  breaks(
    'nodeclassref-name',
    'an empty nodeClassRef name',
    withField(nodePool(), 'spec.template.spec.nodeClassRef.name', ''),
  ),
  breaks(
    'requirement-key-karpenter-sh',
    'a karpenter.sh requirement key',
    poolRequiring({ key: 'karpenter.sh/disrupted', operator: 'Exists' }),
  ),
  breaks(
    'requirement-key-nodepool',
    'a karpenter.sh/nodepool requirement',
    poolRequiring({ key: 'karpenter.sh/nodepool', operator: 'In', values: ['a'] }),
  ),
  breaks(
    'requirement-key-hostname',
    'a hostname requirement',
    poolRequiring({ key: 'kubernetes.io/hostname', operator: 'In', values: ['a'] }),
  ),
  breaks(
    'requirement-key-karpenter-k8s-aws',
    'an unknown karpenter.k8s.aws requirement key',
    poolRequiring({ key: 'karpenter.k8s.aws/instance-colour', operator: 'In', values: ['red'] }),
  ),
  breaks(
    'requirement-in-values',
    'In with an empty values list',
    poolRequiring({ key: 'a', operator: 'In', values: [] }),
  ),
  breaks('requirement-in-values', 'In without values', poolRequiring({ key: 'a', operator: 'In' })),
  breaks(
    'requirement-numeric-value',
    'Gt with a word',
    poolRequiring({ key: 'a', operator: 'Gt', values: ['two'] }),
  ),
  breaks(
    'requirement-numeric-value',
    'Gt with two values',
    poolRequiring({ key: 'a', operator: 'Gt', values: ['1', '2'] }),
  ),
  breaks(
    'requirement-numeric-value',
    'Lt with a negative number',
    poolRequiring({ key: 'a', operator: 'Lt', values: ['-1'] }),
  ),
  breaks(
    'requirement-numeric-value',
    'Gte without values',
    poolRequiring({ key: 'a', operator: 'Gte' }),
  ),
  breaks(
    'requirement-numeric-value',
    'Lte beyond int64',
    poolRequiring({ key: 'a', operator: 'Lte', values: ['9223372036854775808'] }),
  ),
  breaks(
    'requirement-numeric-value',
    'Gt with a decimal',
    poolRequiring({ key: 'a', operator: 'Gt', values: ['1.5'] }),
  ),
  breaks(
    'requirement-min-values',
    'minValues 3 with two values',
    poolRequiring({ key: 'a', operator: 'In', values: ['x', 'y'], minValues: 3 }),
  ),
  breaks(
    ['requirement-in-values', 'requirement-min-values'],
    'minValues on In without values',
    poolRequiring({ key: 'a', operator: 'In', minValues: 1 }),
  ),
  breaks(
    'budget-schedule-duration',
    'a schedule without duration',
    poolWith({
      disruption: { consolidateAfter: '1m', budgets: [{ nodes: '1', schedule: '@daily' }] },
    }),
  ),
  breaks(
    'budget-schedule-duration',
    'a duration without schedule',
    poolWith({ disruption: { consolidateAfter: '1m', budgets: [{ nodes: '1', duration: '1h' }] } }),
  ),
  breaks(
    'static-pool-limits',
    'a static pool limiting cpu',
    poolWith({ replicas: 2, limits: { cpu: '10', nodes: 3 } }),
  ),
  breaks(
    'static-pool-weight',
    'a static pool with a weight',
    poolWith({ replicas: 2, weight: 10 }),
  ),
];

/** Several problems in one manifest. */
export const NODEPOOL_SEVERAL_CASES: CorpusCase[] = [
  breaks(
    ['static-pool-limits', 'static-pool-weight'],
    'a static pool with cpu limits and weight',
    poolWith({ replicas: 1, weight: 5, limits: { memory: '1Gi' } }),
  ),
  breaks(
    ['requirement-key-hostname', 'requirement-in-values', 'template-label-nodepool'],
    'three rules at once',
    withFields(nodePool(), {
      'spec.template.spec.requirements': [
        { key: 'kubernetes.io/hostname', operator: 'In', values: [] },
      ],
      'spec.template.metadata.labels': { 'karpenter.sh/nodepool': 'x' },
    }),
  ),
  breaks(
    ['pattern', 'maximum', 'unknown-field'],
    'schema errors only, so rules still run',
    withFields(nodePool(), {
      'spec.weight': 500,
      'spec.template.spec.expireAfter': 'forever',
      'spec.extra': true,
    }),
  ),
  breaks(['type'], 'a type error that hides a CEL rule', poolWith({ weight: '10', replicas: 1 })),
  breaks(
    ['metadata-name', 'required', 'nodeclassref-name'],
    'a bad name, no requirements and an empty class name',
    withFields(nodePool('Bad Name'), {
      'spec.template.spec.requirements': undefined,
      'spec.template.spec.nodeClassRef.name': '',
    }),
  ),
];
