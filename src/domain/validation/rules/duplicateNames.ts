import { objectKey, resourceName } from '../../design/resources';
import { KINDS } from '../../design/kinds';
import type { Design, Resource } from '../../design/types';
import type { Problem } from '../problem';

/** Names are unique per kind (and namespace) in a cluster: a second apply would overwrite the first. */
export function duplicateNames(design: Design): Problem[] {
  const seen = new Map<string, Resource[]>();
  for (const resource of Object.values(design.resources)) {
    const key = objectKey(resource);
    seen.set(key, [...(seen.get(key) ?? []), resource]);
  }
  const problems: Problem[] = [];
  for (const group of seen.values()) {
    if (group.length < 2) continue;
    for (const resource of group) {
      problems.push({
        severity: 'error',
        resourceId: resource.id,
        path: KINDS[resource.kind].namePath,
        message: `${group.length} ${pluralOf(resource)} are named "${resourceName(resource)}"${namespaceOf(resource)}: names must be unique.`,
        rule: 'duplicate-name',
      });
    }
  }
  return problems;
}

function pluralOf(resource: Resource): string {
  return resource.kind === 'Workload' ? `${resource.manifest.kind}s` : KINDS[resource.kind].plural;
}

function namespaceOf(resource: Resource): string {
  return resource.kind === 'Workload'
    ? ` in namespace "${resource.manifest.metadata.namespace ?? 'default'}"`
    : '';
}
