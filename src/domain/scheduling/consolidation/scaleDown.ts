import type { Plan } from '../plan/planTypes';
import type { Workload } from '../pods/workload';

export interface Removal {
  pendingRemoved: number;
  removed: { node: string; pods: number }[];
  model: string;
}

const REPLICA_SET_MODEL =
  'Model of the ReplicaSet controller’s choice (controller_utils.go :: ActivePodsWithRanks): pods without a node go first, then pods on the node holding the most replicas of the workload ("doubled up"); ranks are taken once, before any pod goes. Ties, which Kubernetes breaks by readiness and age, are broken here by the node planned last.';

const STATEFUL_SET_MODEL =
  'A StatefulSet removes its highest ordinals. The plan does not record which node holds which ordinal; the model takes them from the nodes planned last (uncertain).';

/**
 * Which of the workload's pods go when it drops to `to` replicas. The plan's nodes are in
 * creation order, so "planned last" is a stable stand-in for "newest".
 */
export function scaleDown(plan: Plan, index: number, workload: Workload, to: number): Removal {
  const wp = plan.workloads.find((w) => w.workload === index);
  const statefulSet = workload.kind === 'StatefulSet';
  const model = statefulSet ? STATEFUL_SET_MODEL : REPLICA_SET_MODEL;
  if (!wp) return { pendingRemoved: 0, removed: [], model };
  let toRemove = Math.max(0, wp.replicas - Math.max(0, Math.floor(to)));
  const pendingRemoved = Math.min(toRemove, wp.pending);
  toRemove -= pendingRemoved;
  const position = new Map(plan.nodes.map((n, i) => [n.id, i]));
  const ranked = [...wp.nodes].sort(
    (a, b) =>
      (statefulSet ? 0 : b.pods - a.pods) ||
      (position.get(b.node) ?? 0) - (position.get(a.node) ?? 0),
  );
  const removed: { node: string; pods: number }[] = [];
  for (const { node, pods } of ranked) {
    if (toRemove === 0) break;
    const n = Math.min(pods, toRemove);
    removed.push({ node, pods: n });
    toRemove -= n;
  }
  return { pendingRemoved, removed, model };
}
