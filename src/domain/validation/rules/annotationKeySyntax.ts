import { nodePools } from '../../design/resources';
import type { Design } from '../../design/types';
import { qualifiedNameProblem } from './labelProblems';
import type { Problem } from '../problem';

/**
 * Template annotation keys that are not qualified names. The NodePool CRD accepts any key
 * (karpenter.sh_nodepools.yaml: `spec.template.metadata.annotations` is only
 * `additionalProperties: {type: string}`), but Karpenter copies the annotations onto the
 * NodeClaim and Node it creates, where apimachinery's annotation-key validation applies, so the
 * launch fails later: a warning, as labelSyntax gives for label keys.
 */
export function annotationKeySyntax(design: Design): Problem[] {
  const problems: Problem[] = [];
  for (const pool of nodePools(design)) {
    const annotations = pool.manifest.spec.template.metadata?.annotations ?? {};
    for (const key of Object.keys(annotations)) {
      const problem = qualifiedNameProblem(key);
      if (problem === undefined) continue;
      const detail = `annotation key "${key}" ${problem}. Nodes would fail to register with it.`;
      problems.push({
        severity: 'warning',
        resourceId: pool.id,
        path: `spec.template.metadata.annotations[${key}]`,
        message: `NodePool "${pool.manifest.metadata.name}": ${detail}`,
        detail,
        rule: 'annotation-key-syntax',
      });
    }
  }
  return problems;
}
