import { templatePath } from '../../kube/workloadManifest';
import { plural } from '../../lib/plural';
import type { Problem } from '../../validation/problem';
import type { DesignPlan } from '../plan/designPlan';
import { pendingReason } from './pendingReason';

/** The rule of a plan warning: the Placement section says the same, so the form leaves it out. */
export const PENDING_RULE = 'plan/pending';

/**
 * A warning per workload whose pods would stay pending, naming it and the reason, so the problems
 * list says what the canvas shows in red. A warning, not an error: the manifests are valid, the
 * cluster would just not run the pods.
 */
export function planProblems(planned: DesignPlan): Problem[] {
  const { plan, workloads } = planned;
  const problems: Problem[] = [];
  for (const w of plan.workloads) {
    const resource = workloads[w.workload];
    if (!resource || (w.pending === 0 && !w.ignored)) continue;
    const name = `Workload "${w.name}"`;
    const { reason } = pendingReason(planned, w);
    const detail = w.ignored
      ? `Karpenter never provisions for its pods: ${reason}`
      : `${w.pending} of ${plural(w.replicas, 'pod')} would stay pending: ${reason}`;
    problems.push({
      severity: 'warning',
      resourceId: resource.id,
      // The pod spec: what placement reads, and where the fix usually goes.
      path: [...templatePath(resource.manifest.kind), 'spec'].join('.'),
      message: `${name}: ${detail}`,
      detail,
      rule: PENDING_RULE,
    });
  }
  return problems;
}
