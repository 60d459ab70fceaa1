import { resourceName } from '../../design/resources';
import type { Design } from '../../design/types';
import { nameProblem } from '../../karpenter/names';
import type { Problem } from '../problem';

/** Object names are DNS-1123 subdomains; the API server rejects anything else. */
export function invalidNames(design: Design): Problem[] {
  const problems: Problem[] = [];
  for (const resource of Object.values(design.resources)) {
    if (resource.kind === 'MigProfile') continue;
    const name = resourceName(resource);
    const why = nameProblem(name);
    if (why) {
      problems.push({
        severity: 'error',
        resourceId: resource.id,
        path: 'metadata.name',
        message: `${resource.kind} "${name}" has an invalid name: ${why}.`,
        rule: 'invalid-name',
      });
    }
  }
  return problems;
}
