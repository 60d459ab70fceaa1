import type { ResourceList } from '../../karpenter/catalog/resources';

/**
 * A number shared by the instance types that hold exactly the same pods: the same allocatable
 * and the same DaemonSet overhead. A pool over c, m and r allows ~1,000 types but only ~250
 * such classes, so the packing loop works out a pod's room once per class (filterOptions.ts).
 */
const classes = new Map<string, number>();
/** The lists are shared objects (a type's allocatable per class settings, one overhead per DaemonSet group). */
const known = new WeakMap<ResourceList, WeakMap<ResourceList, number>>();

function keyOf(list: ResourceList): string {
  return Object.keys(list)
    .sort()
    .map((r) => `${r}=${list[r] ?? 0}`)
    .join(',');
}

export function fitClassOf(allocatable: ResourceList, overhead: ResourceList): number {
  let byOverhead = known.get(allocatable);
  if (!byOverhead) known.set(allocatable, (byOverhead = new WeakMap()));
  let found = byOverhead.get(overhead);
  if (found === undefined) {
    const key = `${keyOf(allocatable)}|${keyOf(overhead)}`;
    found = classes.get(key);
    if (found === undefined) classes.set(key, (found = classes.size));
    byOverhead.set(overhead, found);
  }
  return found;
}
