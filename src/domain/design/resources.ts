import { nodeClassName } from '../karpenter/edits/nodePoolEdits';
import { ownValue } from '../lib/ownValue';
import type {
  Design,
  EC2NodeClassResource,
  NodePoolResource,
  Resource,
  ResourceByKind,
  ResourceId,
  ResourceKind,
} from './types';
import type { MigProfileResource } from '../mig/migProfile';
import { workloadKey } from '../kube/workloadManifest';
import type { WorkloadResource } from './types';

export function resourceName(resource: Resource): string {
  return resource.kind === 'MigProfile' ? resource.name : resource.manifest.metadata.name;
}

/**
 * What the API server tells objects apart by: the kind and the name, and for a workload its
 * controller kind and namespace too (a Deployment and a Job may share a name, as may two
 * Deployments in different namespaces). A MIG profile is the designer's own: its name.
 */
export function objectKey(resource: Resource): string {
  return resource.kind === 'Workload'
    ? workloadKey(resource.manifest)
    : `${resource.kind}/${resourceName(resource)}`;
}

/**
 * The resource with this id, if the design has one. Ids are user data, so a lookup never reads
 * `design.resources[id]` directly: an id such as `constructor` would find Object.prototype's.
 */
export function resourceById(design: Design, id: ResourceId): Resource | undefined {
  return ownValue(design.resources, id);
}

interface ResourceLists {
  all: readonly Resource[];
  byKind: Partial<Record<ResourceKind, readonly Resource[]>>;
}

/**
 * The lists below, kept per resources record: a design's record is never changed once the design
 * exists (an edit makes a new one), and every rule, the export and the plan ask for the same
 * lists of the same design; at 5,000 resources listing them anew was the largest single cost of
 * a keystroke's export and check. Hence the lists are read-only to their callers.
 */
const lists = new WeakMap<Design['resources'], ResourceLists>();

function listsOf(design: Design): ResourceLists {
  let found = lists.get(design.resources);
  if (!found) {
    found = { all: Object.values(design.resources), byKind: {} };
    lists.set(design.resources, found);
  }
  return found;
}

function ofKind<K extends ResourceKind>(design: Design, kind: K): readonly ResourceByKind[K][] {
  const own = listsOf(design);
  const found = own.byKind[kind] ?? own.all.filter((r) => r.kind === kind);
  own.byKind[kind] = found;
  return found as readonly ResourceByKind[K][];
}

export function allResources(design: Design): readonly Resource[] {
  return listsOf(design).all;
}

export function nodePools(design: Design): readonly NodePoolResource[] {
  return ofKind(design, 'NodePool');
}

export function ec2NodeClasses(design: Design): readonly EC2NodeClassResource[] {
  return ofKind(design, 'EC2NodeClass');
}

export function migProfiles(design: Design): readonly MigProfileResource[] {
  return ofKind(design, 'MigProfile');
}

export function workloadResources(design: Design): readonly WorkloadResource[] {
  return ofKind(design, 'Workload');
}

export function namesOfKind(design: Design, kind: ResourceKind): Set<string> {
  return new Set(
    allResources(design)
      .filter((r) => r.kind === kind)
      .map(resourceName),
  );
}

/** Classes a NodePool's `nodeClassRef.name` matches; more than one only with duplicate names. */
export function classesNamed(design: Design, name: string): EC2NodeClassResource[] {
  return ec2NodeClasses(design).filter((c) => c.manifest.metadata.name === name);
}

export function poolsReferencingClass(design: Design, className: string): NodePoolResource[] {
  return nodePools(design).filter((p) => nodeClassName(p.manifest) === className);
}

export function byName(a: Resource, b: Resource): number {
  const an = resourceName(a);
  const bn = resourceName(b);
  return an < bn ? -1 : an > bn ? 1 : 0;
}
