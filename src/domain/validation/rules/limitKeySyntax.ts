import { nodePools } from '../../design/resources';
import type { Design } from '../../design/types';
import { qualifiedNameProblem } from './labelProblems';
import type { Problem } from '../problem';

/**
 * Limit keys that are not resource names. The NodePool CRD checks only the quantities
 * (karpenter.sh_nodepools.yaml: `spec.limits` is `additionalProperties` with a quantity pattern,
 * no key pattern), so the API server accepts such a limit; it names no resource a node has, so
 * Karpenter never counts against it: a warning, since the limit silently does nothing.
 */
export function limitKeySyntax(design: Design): Problem[] {
  const problems: Problem[] = [];
  for (const pool of nodePools(design)) {
    for (const key of Object.keys(pool.manifest.spec.limits ?? {})) {
      const problem = qualifiedNameProblem(key);
      if (problem === undefined) continue;
      const detail = `limit "${key}" ${problem}. It names no resource, so it limits nothing.`;
      problems.push({
        severity: 'warning',
        resourceId: pool.id,
        path: `spec.limits[${key}]`,
        message: `NodePool "${pool.manifest.metadata.name}": ${detail}`,
        detail,
        rule: 'limit-key-syntax',
      });
    }
  }
  return problems;
}
