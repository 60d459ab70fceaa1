/**
 * Requests versus limits on one planned node (issue 16 item 7): what the pods and DaemonSets
 * request against allocatable, which is all placement and consolidation look at, and what
 * their limits add up to, which only matters once the pods run (throttling, OOM kills,
 * eviction). Karpenter never reads limits (spec 4.6).
 */
import type { WorkloadResource } from '../../design/types';
import { podSpecOf } from '../../kube/workloadManifest';
import type { PlannedNode } from '../plan/plannedNode';
import { podLimits, podRequests } from '../pods/podRequests';

export interface ResourceUsage {
  resource: string;
  allocatable: number;
  /** The pods' requests and the DaemonSets' overhead: what the node is packed by. */
  requested: number;
  /** The DaemonSets' part of `requested`. */
  daemonSets: number;
  /** The pods' and DaemonSets' limits; one without a limit counts at its request. */
  limits: number;
  /** Pods (and DaemonSet pods) that set no limit on it: they may use whatever is free. */
  unlimited: number;
  /** The limits exceed allocatable: the node is overcommitted on this resource. */
  overcommitted: boolean;
}

export interface NodeUsage {
  node: PlannedNode;
  resources: readonly ResourceUsage[];
  overcommitted: boolean;
}

const FIRST = ['cpu', 'memory', 'ephemeral-storage'];

function order(a: string, b: string): number {
  const rank = (name: string) => (FIRST.includes(name) ? FIRST.indexOf(name) : FIRST.length);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

const memo = new WeakMap<PlannedNode, NodeUsage>();

/**
 * `workloads` are the design's workloads in plan order (`DesignPlan.workloads`): a node's pods
 * point into it by index, and its DaemonSets by name. `pods` is left out: it has no limit.
 */
export function nodeUsage(node: PlannedNode, workloads: readonly WorkloadResource[]): NodeUsage {
  const known = memo.get(node);
  if (known) return known;
  const limits: Record<string, number> = {};
  const unlimited: Record<string, number> = {};
  const add = (
    requests: Readonly<Record<string, number>>,
    own: Readonly<Record<string, number>>,
    count: number,
  ) => {
    for (const r of new Set([...Object.keys(requests), ...Object.keys(own)])) {
      const limit = own[r];
      limits[r] = (limits[r] ?? 0) + count * (limit ?? requests[r] ?? 0);
      if (limit === undefined && (requests[r] ?? 0) > 0) unlimited[r] = (unlimited[r] ?? 0) + count;
    }
  };
  for (const { workload, count } of node.pods) {
    const resource = workloads[workload];
    if (!resource) continue;
    const spec = podSpecOf(resource.manifest);
    add(podRequests(spec), podLimits(spec), count);
  }
  for (const name of node.daemonSets) {
    const resource = workloads.find(
      (w) => w.manifest.kind === 'DaemonSet' && w.manifest.metadata.name === name,
    );
    if (!resource) continue;
    const spec = podSpecOf(resource.manifest);
    add(podRequests(spec), podLimits(spec), 1);
  }
  const names = new Set(
    [
      ...Object.keys(node.requests),
      ...Object.keys(node.daemonOverhead),
      ...Object.keys(limits),
    ].filter((r) => r !== 'pods'),
  );
  const resources = [...names]
    .filter((r) => FIRST.slice(0, 2).includes(r) || (node.requests[r] ?? 0) + (limits[r] ?? 0) > 0)
    .sort(order)
    .map((resource): ResourceUsage => {
      const allocatable = node.allocatable[resource] ?? 0;
      const daemonSets = node.daemonOverhead[resource] ?? 0;
      const limit = limits[resource] ?? 0;
      return {
        resource,
        allocatable,
        requested: (node.requests[resource] ?? 0) + daemonSets,
        daemonSets,
        limits: limit,
        unlimited: unlimited[resource] ?? 0,
        overcommitted: limit > allocatable,
      };
    });
  const usage = { node, resources, overcommitted: resources.some((r) => r.overcommitted) };
  memo.set(node, usage);
  return usage;
}
