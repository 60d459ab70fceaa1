import type { ResourceList } from '../../karpenter/catalog/resources';
import type { TypeOption } from '../pools/typeOption';
import { formatAmount } from '../../lib/quantity';
import type { Refusal } from './refusal';

/**
 * A pool's limits as the batch consumes them (core scheduler.go :: remainingResources,
 * filterByRemainingResources, subtractMax). Limits count node **capacity**, not requests, and a
 * new NodeClaim takes the largest capacity among the types it may still launch (pessimistic).
 * `nodes` is never decremented inside a batch: instance types have no `nodes` capacity (spec 1.11).
 */
export function fitsLimits(option: TypeOption, remaining: ResourceList): boolean {
  return capacityFits(option.capacity, remaining);
}

function capacityFits(capacity: ResourceList, remaining: ResourceList): boolean {
  for (const k in remaining) if ((capacity[k] ?? 0) > (remaining[k] ?? 0)) return false;
  return true;
}

export function withinLimits(
  options: readonly TypeOption[],
  remaining: ResourceList,
): TypeOption[] {
  return options.filter((o) => fitsLimits(o, remaining));
}

export function subtractMax(remaining: ResourceList, options: readonly TypeOption[]): ResourceList {
  if (options.length === 0) return remaining;
  const next: Record<string, number> = {};
  for (const key of Object.keys(remaining)) {
    let most = 0;
    for (const o of options) most = Math.max(most, o.capacity[key] ?? 0);
    next[key] = (remaining[key] ?? 0) - most;
  }
  return next;
}

/** Karpenter's two limit errors, with how much of each limit is left. */
export function limitsRefusal(
  options: readonly TypeOption[],
  remaining: ResourceList,
  limits: ResourceList,
  /** Capacities of the pool's types that fit no pod: the limits filter still counts them. */
  unfit: readonly ResourceList[] = [],
): Refusal | undefined {
  if (remaining['nodes'] === 0) {
    return {
      check: 'limits',
      message: 'node limits have been exhausted for nodepool',
      explanation: `The pool’s limit of ${limits['nodes'] ?? 0} nodes is used up.`,
      fix: 'Raise limits.nodes, or let another pool take these pods.',
      path: 'spec.limits',
    };
  }
  if (options.some((o) => fitsLimits(o, remaining))) return undefined;
  if (unfit.some((capacity) => capacityFits(capacity, remaining))) return undefined;
  const left = Object.keys(remaining)
    .filter((k) => k !== 'nodes')
    .map(
      (k) =>
        `${formatAmount(k, Math.max(0, remaining[k] ?? 0))} of ${formatAmount(k, limits[k] ?? 0)} ${k}`,
    )
    .join(', ');
  return {
    check: 'limits',
    message: 'all available instance types exceed limits for nodepool',
    explanation: `Every instance type this pool allows has more capacity than its limits have left (${left} left). Limits count whole nodes’ capacity, not pod requests.`,
    fix: 'Raise the pool’s limits, or allow smaller instance types.',
    path: 'spec.limits',
  };
}
