/**
 * Edits of what a pod says about where it may run: node selector, node affinity terms,
 * tolerations, topology spread and one-pod-per-node anti-affinity. Empty lists and objects are
 * left out rather than written as `[]` or `{}`, so a cleared field exports as it was never set.
 */
import { removeAt, replaceAt } from '../lib/listEdits';
import { withOptional } from '../lib/mapEdits';
import type {
  Affinity,
  NodeAffinity,
  NodeSelectorTerm,
  PodAffinityTerm,
  PodNodeSelectorRequirement,
  PodSpec,
  PreferredSchedulingTerm,
  Toleration,
  TopologySpreadConstraint,
} from './podSpec';
import { podLabelsOf, withOwnPodLabels, withPodSpec } from './podSpecEdits';
import { podSpecOf, type WorkloadManifest } from './workloadManifest';

export const HOSTNAME_KEY = 'kubernetes.io/hostname';
export const ZONE_KEY = 'topology.kubernetes.io/zone';

/** Kubernetes' node selector operators (Karpenter's Gte/Lte are pool-only). */
export const POD_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'] as const;

export const TOLERATION_OPERATORS = ['Equal', 'Exists'] as const;
export const SPREAD_KEYS = [ZONE_KEY, HOSTNAME_KEY] as const;
export const WHEN_UNSATISFIABLE = ['DoNotSchedule', 'ScheduleAnyway'] as const;

function nonEmptyList<T>(list: readonly T[]): T[] | undefined {
  return list.length > 0 ? [...list] : undefined;
}

function nonEmptyObject<T extends object>(object: T): T | undefined {
  return Object.keys(object).length > 0 ? object : undefined;
}

export function withNodeSelector(spec: PodSpec, selector: Record<string, string>): PodSpec {
  return withOptional(spec, 'nodeSelector', nonEmptyObject(selector));
}

// Tolerations.

export function withTolerationAdded(spec: PodSpec): PodSpec {
  const blank: Toleration = { key: '', operator: 'Equal', value: '', effect: 'NoSchedule' };
  return { ...spec, tolerations: [...(spec.tolerations ?? []), blank] };
}

export function withTolerationRemoved(spec: PodSpec, index: number): PodSpec {
  return withOptional(spec, 'tolerations', nonEmptyList(removeAt(spec.tolerations ?? [], index)));
}

export function withTolerationAt(
  spec: PodSpec,
  index: number,
  update: (toleration: Toleration) => Toleration,
): PodSpec {
  const current = spec.tolerations?.[index];
  if (!current) return spec;
  return { ...spec, tolerations: replaceAt(spec.tolerations ?? [], index, update(current)) };
}

/** Exists matches any value, and Kubernetes refuses one with it: the value goes. */
export function withTolerationOperator(toleration: Toleration, operator: string): Toleration {
  const next = { ...toleration, operator };
  return operator === 'Exists' ? withOptional(next, 'value', undefined) : next;
}

/** An empty effect tolerates every effect of the key; it is left out rather than written "". */
export function withTolerationEffect(toleration: Toleration, effect: string): Toleration {
  return withOptional(
    toleration,
    'effect',
    effect === '' ? undefined : (effect as Toleration['effect']),
  );
}

// Node affinity.

function withNodeAffinity(
  spec: PodSpec,
  update: (affinity: NodeAffinity) => NodeAffinity,
): PodSpec {
  const nodeAffinity = nonEmptyObject(update(spec.affinity?.nodeAffinity ?? {}));
  const affinity = nonEmptyObject(
    withOptional<Affinity, 'nodeAffinity'>(
      { ...(spec.affinity ?? {}) },
      'nodeAffinity',
      nodeAffinity,
    ),
  );
  return withOptional(spec, 'affinity', affinity);
}

export function requiredTerms(spec: PodSpec): readonly NodeSelectorTerm[] {
  return (
    spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
      ?.nodeSelectorTerms ?? []
  );
}

export function preferredTerms(spec: PodSpec): readonly PreferredSchedulingTerm[] {
  return spec.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
}

export function withRequiredTerms(spec: PodSpec, terms: readonly NodeSelectorTerm[]): PodSpec {
  return withNodeAffinity(spec, (affinity) => {
    const required = affinity.requiredDuringSchedulingIgnoredDuringExecution;
    return withOptional(
      affinity,
      'requiredDuringSchedulingIgnoredDuringExecution',
      terms.length > 0 ? { ...(required ?? {}), nodeSelectorTerms: [...terms] } : undefined,
    );
  });
}

export function withPreferredTerms(
  spec: PodSpec,
  terms: readonly PreferredSchedulingTerm[],
): PodSpec {
  return withNodeAffinity(spec, (affinity) =>
    withOptional(affinity, 'preferredDuringSchedulingIgnoredDuringExecution', nonEmptyList(terms)),
  );
}

const BLANK_EXPRESSION: PodNodeSelectorRequirement = { key: '', operator: 'In', values: [] };

/** A new term holds one blank expression: a term of none would match every node. */
export function newRequiredTerm(): NodeSelectorTerm {
  return { matchExpressions: [{ ...BLANK_EXPRESSION, values: [] }] };
}

export function newPreferredTerm(): PreferredSchedulingTerm {
  return { weight: 50, preference: newRequiredTerm() };
}

export function expressionsOf(term: NodeSelectorTerm): readonly PodNodeSelectorRequirement[] {
  return term.matchExpressions ?? [];
}

export function withExpressions(
  term: NodeSelectorTerm,
  expressions: readonly PodNodeSelectorRequirement[],
): NodeSelectorTerm {
  return withOptional(term, 'matchExpressions', nonEmptyList(expressions));
}

export function withExpressionAdded(term: NodeSelectorTerm): NodeSelectorTerm {
  return withExpressions(term, [...expressionsOf(term), { ...BLANK_EXPRESSION, values: [] }]);
}

/** Exists and DoesNotExist take no values; Gt and Lt take one integer (Kubernetes' rules). */
export function operatorTakesValues(operator: string): boolean {
  return operator !== 'Exists' && operator !== 'DoesNotExist';
}

export function withExpressionOperator(
  expression: PodNodeSelectorRequirement,
  operator: string,
): PodNodeSelectorRequirement {
  const next = { ...expression, operator };
  if (!operatorTakesValues(operator)) return withOptional(next, 'values', undefined);
  const values = next.values ?? [];
  return { ...next, values: operator === 'Gt' || operator === 'Lt' ? values.slice(0, 1) : values };
}

/** Why an expression is incomplete, or undefined: what the API server would say of it. */
export function expressionProblem(expression: PodNodeSelectorRequirement): string | undefined {
  if (expression.key.trim() === '') return 'the key is required';
  const values = expression.values ?? [];
  if (!operatorTakesValues(expression.operator)) return undefined;
  if (values.length === 0) return `${expression.operator} needs at least one value`;
  if (
    (expression.operator === 'Gt' || expression.operator === 'Lt') &&
    !/^-?\d+$/.test(values[0] ?? '')
  )
    return `${expression.operator} compares one whole number`;
  return undefined;
}

// Topology spread and one pod per node: both select the workload's own pods by their labels.

function ownSelector(labels: Readonly<Record<string, string>>): Record<string, unknown> {
  return { matchLabels: { ...labels } };
}

export function spreadConstraints(spec: PodSpec): readonly TopologySpreadConstraint[] {
  return spec.topologySpreadConstraints ?? [];
}

/** A zone spread of skew 1 over the workload's own pods, the usual first constraint. */
export function withSpreadAdded(manifest: WorkloadManifest): WorkloadManifest {
  const own = withOwnPodLabels(manifest);
  const taken = new Set(spreadConstraints(podSpecOf(own.manifest)).map((c) => c.topologyKey));
  const constraint: TopologySpreadConstraint = {
    maxSkew: 1,
    topologyKey: taken.has(ZONE_KEY) ? HOSTNAME_KEY : ZONE_KEY,
    whenUnsatisfiable: 'DoNotSchedule',
    labelSelector: ownSelector(own.labels),
  };
  return withPodSpec(own.manifest, (spec) => ({
    ...spec,
    topologySpreadConstraints: [...spreadConstraints(spec), constraint],
  }));
}

export function withSpreadRemoved(spec: PodSpec, index: number): PodSpec {
  return withOptional(
    spec,
    'topologySpreadConstraints',
    nonEmptyList(removeAt(spreadConstraints(spec), index)),
  );
}

export function withSpreadAt(
  spec: PodSpec,
  index: number,
  update: (constraint: TopologySpreadConstraint) => TopologySpreadConstraint,
): PodSpec {
  const current = spreadConstraints(spec)[index];
  if (!current) return spec;
  return {
    ...spec,
    topologySpreadConstraints: replaceAt(spreadConstraints(spec), index, update(current)),
  };
}

function sameLabels(selector: unknown, labels: Readonly<Record<string, string>>): boolean {
  if (typeof selector !== 'object' || selector === null) return false;
  const keys = Object.keys(selector);
  if (keys.length !== 1 || keys[0] !== 'matchLabels') return false;
  const matchLabels: unknown = (selector as { matchLabels?: unknown }).matchLabels;
  if (typeof matchLabels !== 'object' || matchLabels === null) return false;
  const entries = Object.entries(matchLabels);
  return (
    entries.length === Object.keys(labels).length &&
    entries.every(([key, value]) => labels[key] === value)
  );
}

function isOwnHostnameTerm(
  term: PodAffinityTerm,
  labels: Readonly<Record<string, string>>,
): boolean {
  return term.topologyKey === HOSTNAME_KEY && sameLabels(term.labelSelector, labels);
}

/** Whether a required anti-affinity keeps two of the workload's own pods off one node. */
export function isOnePerNode(manifest: WorkloadManifest): boolean {
  const labels = podLabelsOf(manifest);
  if (Object.keys(labels).length === 0) return false;
  const terms =
    podSpecOf(manifest).affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ??
    [];
  return terms.some((term) => isOwnHostnameTerm(term, labels));
}

/**
 * Turns one pod per node on (a required anti-affinity on the hostname against the workload's
 * own labels) or off (that term removed; other anti-affinity terms stay as they were).
 */
export function withOnePerNode(manifest: WorkloadManifest, on: boolean): WorkloadManifest {
  if (on === isOnePerNode(manifest)) return manifest;
  const own = on ? withOwnPodLabels(manifest) : { manifest, labels: { ...podLabelsOf(manifest) } };
  return withPodSpec(own.manifest, (spec) => {
    const anti = spec.affinity?.podAntiAffinity ?? {};
    const terms = anti.requiredDuringSchedulingIgnoredDuringExecution ?? [];
    const next = on
      ? [...terms, { labelSelector: ownSelector(own.labels), topologyKey: HOSTNAME_KEY }]
      : terms.filter((term) => !isOwnHostnameTerm(term, own.labels));
    const podAntiAffinity = nonEmptyObject(
      withOptional(
        { ...anti },
        'requiredDuringSchedulingIgnoredDuringExecution',
        nonEmptyList(next),
      ),
    );
    const affinity = nonEmptyObject(
      withOptional<Affinity, 'podAntiAffinity'>(
        { ...(spec.affinity ?? {}) },
        'podAntiAffinity',
        podAntiAffinity,
      ),
    );
    return withOptional(spec, 'affinity', affinity);
  });
}
