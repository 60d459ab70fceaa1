import type { Workload } from '../pods/workload';
import type { LiveNode } from './liveNode';

const DO_NOT_DISRUPT = 'karpenter.sh/do-not-disrupt';

function active(value: string | undefined): boolean {
  return value === 'true';
}

/**
 * Why the node is no disruption candidate at all, in Karpenter's words (spec 4.2, core
 * statenode.go :: ValidateNodeDisruptable, ValidatePodsDisruptable): the pool's template gives
 * its nodes `karpenter.sh/do-not-disrupt: "true"`, or a pod on it, DaemonSet pods included,
 * carries the annotation. A duration (`"5m"`) only blocks for that long after the pod starts,
 * which a dry run takes as past.
 */
export function doNotDisruptReason(
  node: LiveNode,
  workloads: readonly Workload[],
  daemonSets: ReadonlyMap<string, Workload>,
): string | undefined {
  const nodeAnnotations = node.template.manifest.spec.template.metadata?.annotations;
  if (active(nodeAnnotations?.[DO_NOT_DISRUPT])) {
    return `Disruption is blocked through the "${DO_NOT_DISRUPT}" annotation`;
  }
  const blocking = (w: Workload | undefined) =>
    w !== undefined && active(w.template.metadata?.annotations?.[DO_NOT_DISRUPT]);
  for (const index of node.pods.keys()) {
    const w = workloads[index];
    if (blocking(w)) return `Pod has "${DO_NOT_DISRUPT}" annotation (${w?.name ?? ''})`;
  }
  for (const name of node.option.daemonSets) {
    const w = daemonSets.get(name);
    if (blocking(w)) return `Pod has "${DO_NOT_DISRUPT}" annotation (${name})`;
  }
  return undefined;
}
