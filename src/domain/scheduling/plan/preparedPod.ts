import type { ResourceList } from '../../karpenter/catalog/resources';
import { requirementsOf, type Requirements } from '../../karpenter/requirements/requirements';
import { podRequirements } from '../pods/podRequirements';
import type { Toleration } from '../pods/workload';
import type { PodSpec } from '../pods/workload';
import { hostPorts, type HostPort } from '../pods/hostPorts';
import { podsPerNodeCap } from './hostnameSpread';

/**
 * One workload's pod at one relaxation level: everything the packing loop compares, computed
 * once and shared by all the workload's replicas at that level. `key` identifies the shape:
 * a NodeClaim that refused it once refuses it for good, since adding pods only narrows a claim.
 */
export interface PreparedPod {
  workload: number;
  level: number;
  key: string;
  spec: PodSpec;
  labels: Readonly<Record<string, string>>;
  requests: ResourceList;
  /** The resources the pod asks for (requests above zero): what a node's room is counted in. */
  requested: readonly string[];
  requirements: Requirements;
  tolerations: readonly Toleration[];
  /** Most of this workload's pods one node may hold (hostname anti-affinity or spread, host ports). */
  perNode: number;
  /** Host ports the pod binds: two pods binding the same one never share a node. */
  hostPorts: readonly HostPort[];
  /** What relaxation removed to reach this level, in order. */
  relaxed: readonly string[];
}

export function preparePod(
  workload: number,
  level: number,
  spec: PodSpec,
  labels: Readonly<Record<string, string>>,
  requests: ResourceList,
  relaxed: readonly string[],
): PreparedPod {
  const ports = hostPorts(spec);
  const cap = podsPerNodeCap(spec, labels);
  return {
    workload,
    level,
    key: `${workload}:${level}`,
    spec,
    labels,
    requests,
    requested: Object.keys(requests).filter((r) => (requests[r] ?? 0) > 0),
    requirements: requirementsOf(podRequirements(spec).requirements),
    tolerations: spec.tolerations ?? [],
    perNode: ports.length > 0 ? Math.min(1, cap) : cap,
    hostPorts: ports,
    relaxed,
  };
}
