import { nodeClassName } from '../karpenter/edits/nodePoolEdits';
import { ownValue } from '../lib/ownValue';
import type {
  Design,
  EC2NodeClassResource,
  NodePoolResource,
  Resource,
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

export function allResources(design: Design): Resource[] {
  return Object.values(design.resources);
}

export function nodePools(design: Design): NodePoolResource[] {
  return allResources(design).filter((r): r is NodePoolResource => r.kind === 'NodePool');
}

export function ec2NodeClasses(design: Design): EC2NodeClassResource[] {
  return allResources(design).filter((r): r is EC2NodeClassResource => r.kind === 'EC2NodeClass');
}

export function migProfiles(design: Design): MigProfileResource[] {
  return allResources(design).filter((r): r is MigProfileResource => r.kind === 'MigProfile');
}

export function workloadResources(design: Design): WorkloadResource[] {
  return allResources(design).filter((r): r is WorkloadResource => r.kind === 'Workload');
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
