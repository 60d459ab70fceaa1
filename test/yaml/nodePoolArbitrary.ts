/**
 * Valid karpenter.sh/v1 NodePools for property tests: every one passes the NodePool CRD's schema
 * and CEL rules. Requirements use the well-known keys with values that fit their operator.
 */
import fc from 'fast-check';
import { nodeClassRef } from '../../src/domain/karpenter/model/defaults';
import {
  DISRUPTION_REASONS,
  NODEPOOL_API_VERSION,
  type Disruption,
  type DisruptionBudget,
  type NodePool,
  type NodeSelectorRequirement,
  type Taint,
} from '../../src/domain/karpenter/model/types';
import {
  CONSOLIDATION_POLICIES,
  TAINT_EFFECTS,
} from '../../src/domain/karpenter/facts/wellKnownLabels';
import {
  duration,
  freeText,
  labelValue,
  mapOf,
  optionalFields,
  quantity,
  record,
} from './arbitraryValues';

function setOf(key: string, values: readonly string[], operators: readonly ('In' | 'NotIn')[]) {
  return record({
    key: fc.constant(key),
    operator: fc.constantFrom(...operators),
    values: fc.shuffledSubarray([...values], { minLength: 1 }),
  });
}

function numberOf(key: string, max: number) {
  return record({
    key: fc.constant(key),
    operator: fc.constantFrom('Gt' as const, 'Lt' as const, 'Gte' as const, 'Lte' as const),
    values: fc.nat({ max }).map((n) => [String(n)]),
  });
}

/** `minValues` asks for at least that many of the listed values (the CRD checks the count). */
const withMinValues = (requirement: fc.Arbitrary<NodeSelectorRequirement>) =>
  requirement.chain((r) =>
    r.operator === 'In' && (r.values?.length ?? 0) > 1
      ? fc
          .option(fc.integer({ min: 1, max: r.values?.length ?? 1 }), { nil: undefined })
          .map((minValues) => (minValues === undefined ? r : { ...r, minValues }))
      : fc.constant(r),
  );

const requirement: fc.Arbitrary<NodeSelectorRequirement> = fc.oneof(
  setOf('karpenter.sh/capacity-type', ['spot', 'on-demand', 'reserved'], ['In', 'NotIn']),
  setOf('kubernetes.io/arch', ['amd64', 'arm64'], ['In']),
  setOf('kubernetes.io/os', ['linux', 'windows'], ['In']),
  withMinValues(
    setOf(
      'karpenter.k8s.aws/instance-family',
      ['g5', 'g6', 'g6e', 'p4d', 'p5', 'c7g', 'm7g', 'r7g', 'c6i', 'm6i', 'r6i'],
      ['In', 'NotIn'],
    ),
  ),
  withMinValues(
    setOf('karpenter.k8s.aws/instance-category', ['c', 'm', 'r', 't', 'g', 'p'], ['In', 'NotIn']),
  ),
  setOf('karpenter.k8s.aws/instance-size', ['nano', 'micro', 'small', 'metal'], ['NotIn']),
  setOf('topology.kubernetes.io/zone', ['us-east-1a', 'us-east-1b', 'us-east-1c'], ['In']),
  setOf('node.kubernetes.io/instance-type', ['m5.large', 'g5.xlarge', 'p5.48xlarge'], ['In']),
  setOf('karpenter.k8s.aws/instance-gpu-name', ['h100', 'a100', 'a10g', 'l4'], ['In']),
  setOf('karpenter.k8s.aws/instance-encryption-in-transit-supported', ['true', 'false'], ['In']),
  numberOf('karpenter.k8s.aws/instance-generation', 9),
  numberOf('karpenter.k8s.aws/instance-cpu', 192),
  record({
    key: fc.constantFrom('example.com/team', 'workload'),
    operator: fc.constantFrom('Exists' as const, 'DoesNotExist' as const),
  }),
);

const requirements = fc.uniqueArray(requirement, { selector: (r) => r.key, maxLength: 5 });

/** Never the MIG taint: attaching a MIG profile is what adds that one. */
const taint: fc.Arbitrary<Taint> = record(
  {
    key: fc.constantFrom('nvidia.com/gpu', 'example.com/dedicated', 'workload', 'os'),
    value: fc.constantFrom('true', 'windows', 'ml', 'on'),
    effect: fc.constantFrom(...TAINT_EFFECTS),
  },
  { requiredKeys: ['key', 'effect'] },
);

const taints = fc.uniqueArray(taint, { selector: (t) => t.key, minLength: 1, maxLength: 3 });

const budget: fc.Arbitrary<DisruptionBudget> = record(
  {
    nodes: fc.constantFrom('10%', '0', '1', '5', '100%'),
    window: record({
      schedule: fc.constantFrom('0 9 * * mon-fri', '@daily', '30 2 * * 6', '0 0 * * *'),
      duration: fc.constantFrom('8h', '1h30m', '30m', '10h0s'),
    }),
    reasons: fc.shuffledSubarray([...DISRUPTION_REASONS], { minLength: 1 }),
  },
  { requiredKeys: ['nodes'] },
).map(({ window, ...rest }) => ({ ...rest, ...window }));

const disruption: fc.Arbitrary<Disruption> = record(
  {
    consolidationPolicy: fc.constantFrom(...CONSOLIDATION_POLICIES),
    consolidateAfter: fc.oneof(duration, fc.constant('Never')),
    budgets: fc.array(budget, { maxLength: 3 }),
  },
  { requiredKeys: ['consolidateAfter'] },
);

/** Template labels: never in the karpenter.sh or karpenter.k8s.aws domains, never the MIG one. */
const templateLabels = mapOf(
  ['team', 'example.com/tier', 'workload-type', 'cost-center'],
  labelValue,
);
const annotations = mapOf(['example.com/owner', 'example.com/note', 'note'], freeText);

/** A NodePool named `name` whose nodeClassRef names `className`. */
export function nodePoolArbitrary(name: string, className: string): fc.Arbitrary<NodePool> {
  return record(
    {
      metadata: optionalFields({ labels: templateLabels, annotations }),
      templateMetadata: optionalFields({ labels: templateLabels, annotations }),
      templateSpec: optionalFields({
        requirements,
        taints,
        startupTaints: taints,
        expireAfter: fc.oneof(duration, fc.constant('Never')),
        terminationGracePeriod: fc.constantFrom('30s', '24h', '1h30m'),
      }),
      disruption,
      limits: mapOf(['cpu', 'memory', 'nvidia.com/gpu', 'nodes'], quantity),
      weight: fc.integer({ min: 1, max: 100 }),
    },
    { requiredKeys: ['metadata', 'templateMetadata', 'templateSpec'] },
  ).map(({ metadata, templateMetadata, templateSpec, ...spec }) => ({
    apiVersion: NODEPOOL_API_VERSION,
    kind: 'NodePool',
    metadata: { ...metadata, name },
    spec: {
      ...spec,
      template: {
        ...(Object.keys(templateMetadata).length > 0 ? { metadata: templateMetadata } : {}),
        spec: {
          ...templateSpec,
          nodeClassRef: nodeClassRef(className),
          requirements: templateSpec.requirements ?? [],
        },
      },
    },
  }));
}
