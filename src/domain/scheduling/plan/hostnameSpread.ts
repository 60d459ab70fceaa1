import { podRequirements } from '../pods/podRequirements';
import type { PodSpec } from '../pods/workload';

const HOSTNAME = 'kubernetes.io/hostname';

interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

function isSelector(value: unknown): value is LabelSelector {
  return typeof value === 'object' && value !== null;
}

/** Kubernetes label selector semantics (apimachinery labels.Selector). */
export function selects(selector: unknown, labels: Readonly<Record<string, string>>): boolean {
  if (!isSelector(selector)) return false;
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] !== value) return false;
  }
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, e.key);
    const value = labels[e.key];
    const inValues = has && value !== undefined && (e.values ?? []).includes(value);
    if (e.operator === 'In' && !inValues) return false;
    if (e.operator === 'NotIn' && inValues) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

interface Term {
  topologyKey?: string;
  labelSelector?: unknown;
  [key: string]: unknown;
}

function termList(value: unknown): Term[] {
  return Array.isArray(value)
    ? value.filter((t): t is Term => typeof t === 'object' && t !== null)
    : [];
}

/**
 * How many of a workload's own pods one node may hold, from the constraints that bind per node:
 * pod anti-affinity on `kubernetes.io/hostname` that selects the pod's own labels (one per node;
 * preferred terms count until relaxed, spec 3.4) and hostname topology spread that selects them
 * (a new node can always be made, so the global minimum is 0 and a node takes `maxSkew`).
 */
export function podsPerNodeCap(spec: PodSpec, labels: Readonly<Record<string, string>>): number {
  let cap = Number.POSITIVE_INFINITY;
  const anti = spec.affinity?.podAntiAffinity as
    | {
        requiredDuringSchedulingIgnoredDuringExecution?: unknown;
        preferredDuringSchedulingIgnoredDuringExecution?: unknown;
      }
    | undefined;
  const required = termList(anti?.requiredDuringSchedulingIgnoredDuringExecution);
  const preferred = termList(anti?.preferredDuringSchedulingIgnoredDuringExecution)
    .map((p) => p['podAffinityTerm'])
    .filter((t): t is Term => typeof t === 'object' && t !== null);
  for (const term of [...required, ...preferred]) {
    if (term.topologyKey === HOSTNAME && selects(term.labelSelector, labels)) cap = 1;
  }
  for (const constraint of spec.topologySpreadConstraints ?? []) {
    if (constraint.topologyKey !== HOSTNAME || !selects(constraint.labelSelector, labels)) continue;
    const skew = Number(constraint.maxSkew);
    if (Number.isInteger(skew) && skew >= 1) cap = Math.min(cap, skew);
  }
  return cap;
}

/** Offering keys: which zones a type can launch in depends on the EC2NodeClass's subnets. */
const ZONE_KEYS = ['topology.kubernetes.io/zone', 'topology.k8s.aws/zone-id'];

/** Constraints the plan cannot honour: zones are not in the catalog. */
export function unmodelledTopology(spec: PodSpec): string[] {
  const notes: string[] = [];
  const zoned = podRequirements(spec).requirements.find((r) => ZONE_KEYS.includes(r.key));
  if (zoned) {
    notes.push(
      `The pod selects ${zoned.key}, which the plan does not check against instance types: Karpenter launches only in zones your EC2NodeClass's subnets cover, which the designer does not know.`,
    );
  }
  if ((spec.topologySpreadConstraints ?? []).some((c) => c.topologyKey !== HOSTNAME)) {
    notes.push(
      'Topology spread across zones is not modelled: the designer does not know your subnets’ zones.',
    );
  }
  if (spec.affinity?.podAffinity !== undefined) {
    notes.push('Pod affinity is not modelled: it depends on pods already running in the cluster.');
  }
  return notes;
}
