import { removeAt, replaceAt } from '../../lib/listEdits';
import { nonEmpty, withOptional } from '../../lib/mapEdits';
import type {
  ConsolidationPolicy,
  Disruption,
  DisruptionBudget,
  NodeClaimTemplateSpec,
  NodePool,
  Taint,
} from '../model/types';

/**
 * Edits of a NodePool's fields other than requirements, each returning a new manifest. Optional
 * fields and maps are removed when emptied, so the YAML never carries `labels: {}` or `taints: []`.
 */

/** Sets or (with undefined) removes one field of `spec.template.spec`. */
function withTemplateSpecField<K extends keyof NodeClaimTemplateSpec & string>(
  pool: NodePool,
  key: K,
  value: NodeClaimTemplateSpec[K] | undefined,
): NodePool {
  const spec = withOptional(pool.spec.template.spec, key, value);
  return { ...pool, spec: { ...pool.spec, template: { ...pool.spec.template, spec } } };
}

export function templateLabels(pool: NodePool): Readonly<Record<string, string>> {
  return pool.spec.template.metadata?.labels ?? {};
}

export function templateAnnotations(pool: NodePool): Readonly<Record<string, string>> {
  return pool.spec.template.metadata?.annotations ?? {};
}

/** Sets one map of `spec.template.metadata`; with nothing left in it, metadata goes too. */
function withTemplateMetadataMap(
  pool: NodePool,
  key: 'labels' | 'annotations',
  map: Readonly<Record<string, string>>,
): NodePool {
  const template = pool.spec.template;
  const metadata = withOptional(template.metadata ?? {}, key, nonEmpty(map));
  const nextTemplate = withOptional(
    template,
    'metadata',
    Object.keys(metadata).length > 0 ? metadata : undefined,
  );
  return { ...pool, spec: { ...pool.spec, template: nextTemplate } };
}

/** Sets `spec.template.metadata.labels`; without labels (or anything else) metadata goes too. */
export function withTemplateLabels(
  pool: NodePool,
  labels: Readonly<Record<string, string>>,
): NodePool {
  return withTemplateMetadataMap(pool, 'labels', labels);
}

/** Sets `spec.template.metadata.annotations`, which Karpenter copies onto every node. */
export function withTemplateAnnotations(
  pool: NodePool,
  annotations: Readonly<Record<string, string>>,
): NodePool {
  return withTemplateMetadataMap(pool, 'annotations', annotations);
}

/**
 * The two taint lists of a node: `taints` stay, `startupTaints` are expected to be removed by a
 * DaemonSet once the node is ready, so pods need not tolerate them to be provisioned for.
 */
export type TaintList = 'taints' | 'startupTaints';

export function templateTaints(pool: NodePool, list: TaintList = 'taints'): readonly Taint[] {
  const taints: unknown = pool.spec.template.spec[list];
  return Array.isArray(taints) ? (taints as Taint[]) : [];
}

function withTaints(pool: NodePool, list: TaintList, taints: readonly Taint[]): NodePool {
  return withTemplateSpecField(pool, list, taints.length > 0 ? [...taints] : undefined);
}

export function withTaintAt(
  pool: NodePool,
  index: number,
  update: (taint: Taint) => Taint,
  list: TaintList = 'taints',
): NodePool {
  const taints = templateTaints(pool, list);
  const current = taints[index];
  return current ? withTaints(pool, list, replaceAt(taints, index, update(current))) : pool;
}

export function withTaintAdded(pool: NodePool, list: TaintList = 'taints'): NodePool {
  return withTaints(pool, list, [...templateTaints(pool, list), { key: '', effect: 'NoSchedule' }]);
}

export function withTaintRemoved(
  pool: NodePool,
  index: number,
  list: TaintList = 'taints',
): NodePool {
  return withTaints(pool, list, removeAt(templateTaints(pool, list), index));
}

/** A taint's value is optional; an empty one is left out (the CRD rejects `value: ""`). */
export function withTaintValue(taint: Taint, value: string): Taint {
  return withOptional(taint, 'value', value === '' ? undefined : value);
}

/** The resources a NodePool limit is usually written for: offered, not required. */
export const LIMIT_RESOURCES: readonly string[] = [
  'cpu',
  'memory',
  'nvidia.com/gpu',
  'nodes',
  'ephemeral-storage',
];

export function poolLimits(pool: NodePool): Readonly<Record<string, string | number>> {
  return pool.spec.limits ?? {};
}

export function withLimits(
  pool: NodePool,
  limits: Readonly<Record<string, string | number>>,
): NodePool {
  return { ...pool, spec: withOptional(pool.spec, 'limits', nonEmpty(limits)) };
}

export function withWeight(pool: NodePool, weight: number | undefined): NodePool {
  return { ...pool, spec: withOptional(pool.spec, 'weight', weight) };
}

/** Sets `spec.replicas`, which makes the pool static; undefined makes it dynamic again. */
export function withReplicas(pool: NodePool, replicas: number | undefined): NodePool {
  return { ...pool, spec: withOptional(pool.spec, 'replicas', replicas) };
}

/** Sets `spec.template.spec.expireAfter`; empty text removes it (Karpenter defaults to 720h). */
export function withExpireAfter(pool: NodePool, expireAfter: string): NodePool {
  return withTemplateSpecField(pool, 'expireAfter', expireAfter === '' ? undefined : expireAfter);
}

/** Empty text removes it: without one, Karpenter waits for pods to drain however long it takes. */
export function withTerminationGracePeriod(pool: NodePool, period: string): NodePool {
  return withTemplateSpecField(pool, 'terminationGracePeriod', period === '' ? undefined : period);
}

function withDisruption(pool: NodePool, update: (disruption: Disruption) => Disruption): NodePool {
  const disruption = update(pool.spec.disruption ?? {});
  const kept = Object.keys(disruption).length > 0 ? disruption : undefined;
  return { ...pool, spec: withOptional(pool.spec, 'disruption', kept) };
}

export function withConsolidationPolicy(
  pool: NodePool,
  policy: ConsolidationPolicy | undefined,
): NodePool {
  return withDisruption(pool, (d) => withOptional(d, 'consolidationPolicy', policy));
}

/** Empty text removes `consolidateAfter`, and `disruption` with it when nothing else is left. */
export function withConsolidateAfter(pool: NodePool, consolidateAfter: string): NodePool {
  return withDisruption(pool, (d) =>
    withOptional(d, 'consolidateAfter', consolidateAfter === '' ? undefined : consolidateAfter),
  );
}

export function disruptionBudgets(pool: NodePool): readonly DisruptionBudget[] {
  return pool.spec.disruption?.budgets ?? [];
}

function withBudgets(pool: NodePool, budgets: readonly DisruptionBudget[]): NodePool {
  return withDisruption(pool, (d) =>
    withOptional(d, 'budgets', budgets.length > 0 ? [...budgets] : undefined),
  );
}

export function withBudgetAt(
  pool: NodePool,
  index: number,
  update: (budget: DisruptionBudget) => DisruptionBudget,
): NodePool {
  const budgets = disruptionBudgets(pool);
  const current = budgets[index];
  return current ? withBudgets(pool, replaceAt(budgets, index, update(current))) : pool;
}

/** Karpenter's own default budget, so adding one starts from what the pool already had. */
export function withBudgetAdded(pool: NodePool): NodePool {
  return withBudgets(pool, [...disruptionBudgets(pool), { nodes: '10%' }]);
}

export function withBudgetRemoved(pool: NodePool, index: number): NodePool {
  return withBudgets(pool, removeAt(disruptionBudgets(pool), index));
}

export type BudgetField = 'nodes' | 'schedule' | 'duration';

/** Empty text removes the field: `schedule` and `duration` are optional, `nodes` is flagged. */
export function withBudgetField(
  budget: DisruptionBudget,
  field: BudgetField,
  text: string,
): DisruptionBudget {
  return withOptional(budget, field, text === '' ? undefined : text);
}

/**
 * Turns one disruption reason on or off for a budget. No reasons means the budget applies to
 * every reason, the same as an empty list, so the last one unticked removes `reasons`.
 */
export function withBudgetReason(
  budget: DisruptionBudget,
  reason: string,
  on: boolean,
): DisruptionBudget {
  const reasons = Array.isArray(budget.reasons) ? budget.reasons : [];
  const next = on
    ? reasons.includes(reason)
      ? reasons
      : [...reasons, reason]
    : reasons.filter((r) => r !== reason);
  return withOptional(budget, 'reasons', next.length > 0 ? [...next] : undefined);
}
