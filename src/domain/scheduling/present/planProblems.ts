import type { WorkloadResource } from '../../design/types';
import { templatePath } from '../../kube/workloadManifest';
import { plural } from '../../lib/plural';
import type { Problem } from '../../validation/problem';
import type { Plan } from '../plan/planTypes';
import { pendingReason } from './pendingReason';

/**
 * A warning per workload whose pods would stay pending, naming it and the reason, so the problems
 * list says what the canvas shows in red. A warning, not an error: the manifests are valid, the
 * cluster would just not run the pods.
 */
export function planProblems(plan: Plan, workloads: readonly WorkloadResource[]): Problem[] {
  const problems: Problem[] = [];
  for (const w of plan.workloads) {
    const resource = workloads[w.workload];
    if (!resource || (w.pending === 0 && !w.ignored)) continue;
    const name = `Workload "${w.name}"`;
    const reason = pendingReason(w);
    const detail = w.ignored
      ? `Karpenter never provisions for its pods: ${reason}.`
      : `${w.pending} of ${plural(w.replicas, 'pod')} would stay pending: ${reason}.`;
    problems.push({
      severity: 'warning',
      resourceId: resource.id,
      // The pod spec: what placement reads, and where the fix usually goes.
      path: [...templatePath(resource.manifest.kind), 'spec'].join('.'),
      message: `${name}: ${detail}`,
      detail,
      rule: 'plan/pending',
    });
  }
  return problems;
}
