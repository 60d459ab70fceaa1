/**
 * DaemonSets as Karpenter counts them into every new node (spec 1.12; core `scheduler.go ::
 * buildDaemonOverheadGroups, isDaemonPodCompatible`, `provisioner.go :: getDaemonSetPods`,
 * `utils/daemonset/daemonset.go :: PodForDaemonSet`). Which DaemonSets fit a pool and an instance
 * type needs the requirement algebra, so the integrator puts the pieces below together.
 */
import type { NodeSelectorRequirement, Taint } from '../../karpenter/model/types';
import { nodeSelectorRequirements, termRequirements } from './podRequirements';
import { podRequests, defaultedRequests, type ResourceAmounts } from './podRequests';
import { PREFER_NO_SCHEDULE_TOLERATION, untoleratedTaint } from './tolerations';
import type { Container, PodSpec, PodTemplate } from './workload';

function withDefaultedRequests(container: Container): Container {
  return {
    ...container,
    resources: { ...container.resources, requests: defaultedRequests(container) },
  };
}

const memo = new WeakMap<PodTemplate, PodSpec>();

/**
 * The pod Karpenter imagines for a DaemonSet with no pod yet: the template's spec with limits merged
 * into requests in every container and init container (templates are not defaulted by the API
 * server), the template's required node affinity as written. The DaemonSet controller's own
 * tolerations (not-ready, unreachable, pressure taints…) are on real DaemonSet pods only, not on
 * this one, so they are not added here either.
 */
export function daemonSetPod(template: PodTemplate): PodSpec {
  const cached = memo.get(template);
  if (cached) return cached;
  const { spec } = template;
  const pod: PodSpec = {
    ...spec,
    containers: spec.containers.map(withDefaultedRequests),
    ...(spec.initContainers && { initContainers: spec.initContainers.map(withDefaultedRequests) }),
  };
  memo.set(template, pod);
  return pod;
}

/**
 * The pool taint a DaemonSet pod does not tolerate, or undefined. A DaemonSet pod is given a
 * PreferNoSchedule toleration first: it runs on every node it may, preferences aside.
 */
export function daemonSetUntoleratedTaint(
  taints: readonly Taint[],
  daemonSet: PodSpec,
): Taint | undefined {
  return untoleratedTaint(taints, [
    ...(daemonSet.tolerations ?? []),
    PREFER_NO_SCHEDULE_TOLERATION,
  ]);
}

/**
 * The strict requirements to try, in order, against a pool: nodeSelector with the first required
 * term, then with the next one… (`isDaemonPodCompatible` relaxes only required terms; preferences
 * never matter for a DaemonSet). The DaemonSet runs on the pool if any alternative is compatible.
 */
export function daemonSetRequirementAlternatives(
  daemonSet: PodSpec,
): readonly (readonly NodeSelectorRequirement[])[] {
  const selector = nodeSelectorRequirements(daemonSet);
  const terms =
    daemonSet.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
      ?.nodeSelectorTerms ?? [];
  if (terms.length === 0) return [selector];
  return terms.map((term) => [...selector, ...termRequirements(term)]);
}

/**
 * The overhead of the DaemonSets compatible with one instance type: their requests summed,
 * `pods` counting one per DaemonSet (`RequestsForPods` over the DaemonSet pods).
 */
export function daemonSetOverhead(daemonSets: readonly PodSpec[]): ResourceAmounts {
  const total: Record<string, number> = {};
  for (const daemonSet of daemonSets) {
    for (const [name, value] of Object.entries(podRequests(daemonSet))) {
      total[name] = (total[name] ?? 0) + value;
    }
  }
  return total;
}
