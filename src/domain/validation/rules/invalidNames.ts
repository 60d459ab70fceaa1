import { KINDS } from '../../design/kinds';
import { resourceName } from '../../design/resources';
import type { Design } from '../../design/types';
import { nameProblem } from '../../karpenter/model/names';
import type { Problem } from '../problem';

/**
 * Object names are DNS-1123 subdomains; the API server rejects anything else. MIG profiles
 * follow the same rule so they can name the ConfigMap entries they become.
 */
export function invalidNames(design: Design): Problem[] {
  const problems: Problem[] = [];
  for (const resource of Object.values(design.resources)) {
    const name = resourceName(resource);
    const why = nameProblem(name);
    if (why) {
      problems.push({
        severity: 'error',
        resourceId: resource.id,
        path: KINDS[resource.kind].namePath,
        message: `${resource.kind} "${name}" has an invalid name: ${why}.`,
        rule: 'invalid-name',
      });
    }
  }
  return problems;
}
