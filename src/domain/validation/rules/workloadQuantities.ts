import { workloadResources } from '../../design/resources';
import type { Design } from '../../design/types';
import { quantityProblem, requestLimitProblem, resourceRows } from '../../kube/containerEdits';
import { podTemplateOf, templatePath } from '../../kube/workloadManifest';
import type { Problem } from '../problem';

/**
 * A workload's requests and limits the API server would refuse: a quantity it cannot read
 * (`cpu: 2 cores`), a negative one, a fraction of a device, a limit below its request. The plan
 * cannot read such a quantity either and would place the pod as if it asked for nothing, so the
 * problem is an error, shown where the form shows it (the same checks as the form's fields).
 */
export function workloadQuantities(design: Design): Problem[] {
  const problems: Problem[] = [];
  for (const workload of workloadResources(design)) {
    const template = podTemplateOf(workload.manifest);
    if (!template) continue;
    const base = [...templatePath(workload.manifest.kind), 'spec'].join('.');
    const who = `${workload.manifest.kind} "${workload.manifest.metadata.name}"`;
    const lists = [
      ['containers', template.spec.containers],
      ['initContainers', template.spec.initContainers ?? []],
    ] as const;
    for (const [list, containers] of lists) {
      containers.forEach((container, index) => {
        const at = `${base}.${list}[${index}].resources`;
        for (const row of resourceRows(container)) {
          const sides = [
            ['requests', row.request],
            ['limits', row.limit],
          ] as const;
          for (const [side, value] of sides) {
            const detail = quantityProblem(row.resource, value);
            if (!detail) continue;
            problems.push({
              severity: 'error',
              resourceId: workload.id,
              // Bracketed: a resource name holds dots (`nvidia.com/gpu`).
              path: `${at}.${side}[${row.resource}]`,
              message: `${who}: container "${container.name}" ${side} ${row.resource} "${value}" is refused by the API server: ${detail}.`,
              detail: `${detail}.`,
              rule: 'workload-quantity',
            });
          }
          const pair = requestLimitProblem(row);
          if (pair) {
            problems.push({
              severity: 'error',
              resourceId: workload.id,
              path: `${at}.limits[${row.resource}]`,
              message: `${who}: container "${container.name}" ${row.resource}: ${pair}.`,
              detail: `${pair}.`,
              rule: 'workload-quantity',
            });
          }
        }
      });
    }
  }
  return problems;
}
