import { REQUIREMENT_OPERATORS } from '../../karpenter/facts/wellKnownLabels';
/**
 * What a pod asks of a node's labels: core `pkg/scheduling/requirements.go :: newPodRequirements`
 * (spec 1.3), as plain NodeSelectorRequirements with normalised keys. The requirement algebra
 * (intersection, compatibility) lives in `karpenter/requirements/`; this file only lists.
 */
import type { NodeSelectorRequirement, RequirementOperator } from '../../karpenter/model/types';
import { normalizeLabelKey as normalizedKey } from '../../karpenter/requirements/wellKnownLabels';
import type {
  NodeSelectorTerm,
  PodNodeSelectorRequirement,
  PodSpec,
  PreferredSchedulingTerm,
} from './workload';

export interface PodRequirements {
  /** nodeSelector + the first required term + the heaviest preferred term, treated as required. */
  requirements: readonly NodeSelectorRequirement[];
  /** Without the preference: what topology counting and DaemonSet compatibility use. */
  strictRequirements: readonly NodeSelectorRequirement[];
}

/** The six operators Kubernetes accepts in a pod (`Gte`/`Lte` are Karpenter's, pools only). */
const POD_OPERATORS: ReadonlySet<string> = new Set(
  REQUIREMENT_OPERATORS.filter((op) => op !== 'Gte' && op !== 'Lte'),
);

function isPodOperator(operator: string): operator is RequirementOperator {
  return POD_OPERATORS.has(operator);
}

/**
 * A term's expressions, keys normalised. An expression with an operator a pod may not use is left
 * out: such a pod is ignored before it is scheduled (`ignoredReason`).
 */
export function termRequirements(term: NodeSelectorTerm | undefined): NodeSelectorRequirement[] {
  return (term?.matchExpressions ?? []).flatMap((expression: PodNodeSelectorRequirement) => {
    const { operator } = expression;
    if (!isPodOperator(operator)) return [];
    const key = normalizedKey(expression.key);
    return [
      expression.values ? { key, operator, values: [...expression.values] } : { key, operator },
    ];
  });
}

export function nodeSelectorRequirements(spec: PodSpec): NodeSelectorRequirement[] {
  return Object.entries(spec.nodeSelector ?? {}).map(([key, value]) => ({
    key: normalizedKey(key),
    operator: 'In' as const,
    values: [value],
  }));
}

/**
 * Preferred terms heaviest first. Karpenter sorts with `sort.Slice` here (stable for the short
 * lists pods carry: Go sorts fewer than 13 elements by insertion) and `sort.SliceStable` when
 * relaxing, so equal weights keep their written order.
 */
export function byWeightDescending<T extends { weight: number }>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => b.weight - a.weight);
}

export function heaviestPreferredTerm(spec: PodSpec): PreferredSchedulingTerm | undefined {
  const preferred =
    spec.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
  return byWeightDescending(preferred)[0];
}

const memo = new WeakMap<PodSpec, PodRequirements>();

/**
 * Only `nodeSelectorTerms[0]` counts: terms are ORed, and Karpenter tries the next one only after
 * relaxation removed the first (spec 1.10). Memoised per spec object; a relaxed pod is a new one.
 */
export function podRequirements(spec: PodSpec): PodRequirements {
  const cached = memo.get(spec);
  if (cached) return cached;
  const required =
    spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  const strictRequirements = [
    ...nodeSelectorRequirements(spec),
    ...termRequirements(required?.[0]),
  ];
  const preference = termRequirements(heaviestPreferredTerm(spec)?.preference);
  const result = { requirements: [...strictRequirements, ...preference], strictRequirements };
  memo.set(spec, result);
  return result;
}
