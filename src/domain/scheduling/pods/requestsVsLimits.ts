/**
 * Requests versus limits, for the explanation beside a placement (spec 4.6). A common belief is that
 * Karpenter weighs limits when it packs or consolidates; it does not: every fit in core v1.14.1 is
 * `resources.RequestsForPods` against allocatable, and limits are read only for metrics.
 */
import { podLimits, podRequests } from './podRequests';
import type { PodSpec } from './workload';

export const REQUESTS_VERSUS_LIMITS =
  'Requests place pods and drive consolidation; limits only matter at run time (throttling, OOM kill, eviction); Karpenter never reads limits.';

export interface ResourceComparison {
  resource: string;
  /** What Karpenter packs with (after limits-to-requests defaulting); undefined when not asked. */
  request: number | undefined;
  /** undefined when the pod sets no limit on the resource. */
  limit: number | undefined;
  /** The limit exceeds the request: the pod may use more than Karpenter set aside for it. */
  overcommitted: boolean;
}

const FIRST = ['cpu', 'memory', 'ephemeral-storage'];

function order(a: string, b: string): number {
  const rank = (name: string) => (FIRST.includes(name) ? FIRST.indexOf(name) : FIRST.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** Per resource the pod requests or limits (not `pods`), cpu, memory and storage first. */
export function requestsVersusLimits(spec: PodSpec): ResourceComparison[] {
  const requests = podRequests(spec);
  const limits = podLimits(spec);
  const names = new Set([...Object.keys(requests), ...Object.keys(limits)]);
  names.delete('pods');
  return [...names].sort(order).map((resource) => {
    const request = requests[resource];
    const limit = limits[resource];
    return {
      resource,
      request,
      limit,
      overcommitted: limit !== undefined && limit > (request ?? 0),
    };
  });
}
