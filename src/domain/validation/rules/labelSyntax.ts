import { nodePools } from '../../design/resources';
import type { Design } from '../../design/types';
import { labelKeyProblem, labelValueProblem } from './labelProblems';
import type { Problem } from '../problem';

/**
 * Label keys and values the API server accepts in a NodePool but Kubernetes rejects on the node:
 * Karpenter copies template labels and `In`/`NotIn` requirement values onto the NodeClaim and
 * Node it creates, where apimachinery's label validation applies, so the launch fails later
 * (kubernetes.io docs, "Labels and Selectors: Syntax and character set"). A value that is not a
 * string at all (`key:` with nothing after it, a number, a map) the CRD's schema already refuses
 * (`additionalProperties: {type: string}`), so apiServerRules reports it and this rule leaves it.
 */
export function labelSyntax(design: Design): Problem[] {
  const problems: Problem[] = [];
  for (const pool of nodePools(design)) {
    const name = pool.manifest.metadata.name;
    const warn = (path: string, message: string) =>
      problems.push({
        severity: 'warning',
        resourceId: pool.id,
        path,
        message: `NodePool "${name}": ${message} Nodes would fail to register with it.`,
        detail: `${message} Nodes would fail to register with it.`,
        rule: 'label-syntax',
      });
    const labels = pool.manifest.spec.template.metadata?.labels ?? {};
    for (const [key, value] of Object.entries(labels)) {
      const keyProblem = labelKeyProblem(key);
      if (keyProblem)
        warn(`spec.template.metadata.labels[${key}]`, `label key "${key}" ${keyProblem}.`);
      if (typeof value !== 'string') continue;
      const valueProblem = labelValueProblem(value);
      if (valueProblem)
        warn(`spec.template.metadata.labels[${key}]`, `label value "${value}" ${valueProblem}.`);
    }
    pool.manifest.spec.template.spec.requirements.forEach((requirement, i) => {
      if (requirement.operator !== 'In' && requirement.operator !== 'NotIn') return;
      const values: unknown = requirement.values;
      if (!Array.isArray(values)) return;
      for (const value of values as unknown[]) {
        if (typeof value !== 'string') continue;
        const valueProblem = labelValueProblem(value);
        if (valueProblem) {
          warn(
            `spec.template.spec.requirements[${i}].values`,
            `requirement ${requirement.key} value "${value}" ${valueProblem}.`,
          );
        }
      }
    });
  }
  return problems;
}
