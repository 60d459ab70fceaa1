import { defaultEC2NodeClass, defaultNodePool } from '../karpenter/model/defaults';
import { uniqueName } from '../karpenter/model/names';
import { nodeClassName, withNodeClassRef } from '../karpenter/edits/nodePoolEdits';
import type { EC2NodeClass, NodePool } from '../karpenter/model/types';
import { newMigProfileFields } from '../mig/migLayout';
import { newWorkloadManifest, type WorkloadManifest } from '../kube/workloadManifest';
import {
  byName,
  classesNamed,
  ec2NodeClasses,
  namesOfKind,
  resourceById,
  resourceName,
} from './resources';
import type {
  Design,
  MigProfilePatch,
  Position,
  Resource,
  ResourceByKind,
  ResourceId,
  ResourceKind,
} from './types';
import type { MigProfileResource } from '../mig/migProfile';
import { withoutMigProfile } from './poolMigProfile';
import { KINDS } from './kinds';

/** Makes ids for new resources; injected so tests are deterministic. */
export type IdSource = (kind: ResourceKind | 'Other') => ResourceId;

export const randomIds: IdSource = (kind) =>
  `${kind === 'Other' ? 'doc' : KINDS[kind].idPrefix}-${crypto.randomUUID().slice(0, 8)}`;

function withResources(design: Design, resources: Record<ResourceId, Resource>): Design {
  return { ...design, resources };
}

function put(design: Design, resource: Resource): Design {
  return withResources(design, { ...design.resources, [resource.id]: resource });
}

/**
 * The class a new NodePool points at: the first by name, so a one-class design is wired up
 * at once. With no class the pool still needs a name to pass the CRD; `default` is what the
 * Karpenter guides call it, and the problems list says it is missing.
 */
function classForNewPool(design: Design): string {
  const first = ec2NodeClasses(design).toSorted(byName)[0];
  return first ? first.manifest.metadata.name : 'default';
}

/** What a new resource of each kind starts as; a new kind must say. */
const NEW_RESOURCE: {
  [K in ResourceKind]: (
    fields: { id: ResourceId; position: Position; name: string },
    design: Design,
  ) => ResourceByKind[K];
} = {
  NodePool: ({ id, position, name }, design) => ({
    id,
    kind: 'NodePool',
    position,
    manifest: defaultNodePool(name, classForNewPool(design)),
  }),
  EC2NodeClass: ({ id, position, name }) => ({
    id,
    kind: 'EC2NodeClass',
    position,
    manifest: defaultEC2NodeClass(name),
  }),
  MigProfile: ({ id, position, name }) => ({
    id,
    kind: 'MigProfile',
    position,
    name,
    ...newMigProfileFields(),
  }),
  Workload: ({ id, position, name }) => ({
    id,
    kind: 'Workload',
    position,
    manifest: newWorkloadManifest(name),
  }),
};

export function addResource(
  design: Design,
  kind: ResourceKind,
  position: Position,
  ids: IdSource = randomIds,
): { design: Design; id: ResourceId } {
  const id = ids(kind);
  const name = uniqueName(KINDS[kind].namePrefix, namesOfKind(design, kind));
  return { design: put(design, NEW_RESOURCE[kind]({ id, position, name }, design)), id };
}

export function moveResources(design: Design, positions: Record<ResourceId, Position>): Design {
  const resources = { ...design.resources };
  let changed = false;
  for (const [id, position] of Object.entries(positions)) {
    const resource = resourceById(design, id);
    if (!resource) continue;
    if (resource.position.x === position.x && resource.position.y === position.y) continue;
    resources[id] = { ...resource, position };
    changed = true;
  }
  return changed ? withResources(design, resources) : design;
}

/**
 * The pools that follow a class when it is renamed: those referencing its name, as long as no
 * other class answers to that name too (then nobody can tell whose pools they are, and they stay).
 */
export function classFollowers(design: Design, classId: ResourceId): ResourceId[] {
  const nodeClass = resourceById(design, classId);
  if (nodeClass?.kind !== 'EC2NodeClass') return [];
  const name = nodeClass.manifest.metadata.name;
  if (classesNamed(design, name).length > 1) return [];
  return Object.values(design.resources)
    .filter((r) => r.kind === 'NodePool' && nodeClassName(r.manifest) === name)
    .map((r) => r.id);
}

/**
 * Renames a resource. Renaming an EC2NodeClass carries its pools along: by default those that
 * reference it now (see classFollowers). Typing a name passes through intermediate names that
 * may equal another class's, so a caller renaming keystroke by keystroke passes the followers it
 * saw at the start; otherwise the pools would stay behind with whichever class shared a name.
 */
export function renameResource(
  design: Design,
  id: ResourceId,
  name: string,
  followers: readonly ResourceId[] = classFollowers(design, id),
): Design {
  const resource = resourceById(design, id);
  if (!resource || resourceName(resource) === name) return design;
  if (resource.kind === 'MigProfile') return put(design, { ...resource, name });
  if (resource.kind === 'NodePool') {
    return put(design, {
      ...resource,
      manifest: { ...resource.manifest, metadata: { ...resource.manifest.metadata, name } },
    });
  }
  if (resource.kind === 'Workload') {
    return put(design, {
      ...resource,
      manifest: { ...resource.manifest, metadata: { ...resource.manifest.metadata, name } },
    });
  }
  const oldName = resource.manifest.metadata.name;
  let next = put(design, {
    ...resource,
    manifest: { ...resource.manifest, metadata: { ...resource.manifest.metadata, name } },
  });
  for (const poolId of followers) {
    const pool = resourceById(next, poolId);
    if (pool?.kind !== 'NodePool' || nodeClassName(pool.manifest) !== oldName) continue;
    next = setNodeClassName(next, pool.id, name);
  }
  return next;
}

function setNodeClassName(design: Design, poolId: ResourceId, className: string): Design {
  return updateNodePool(design, poolId, (manifest) =>
    withNodeClassRef(manifest, { name: className }),
  );
}

export function updateNodePool(
  design: Design,
  id: ResourceId,
  update: (manifest: NodePool) => NodePool,
): Design {
  const resource = resourceById(design, id);
  if (resource?.kind !== 'NodePool') return design;
  return put(design, { ...resource, manifest: update(resource.manifest) });
}

export function updateWorkload(
  design: Design,
  id: ResourceId,
  update: (manifest: WorkloadManifest) => WorkloadManifest,
): Design {
  const resource = resourceById(design, id);
  if (resource?.kind !== 'Workload') return design;
  const manifest = update(resource.manifest);
  return manifest === resource.manifest ? design : put(design, { ...resource, manifest });
}

export function updateEC2NodeClass(
  design: Design,
  id: ResourceId,
  update: (manifest: EC2NodeClass) => EC2NodeClass,
): Design {
  const resource = resourceById(design, id);
  if (resource?.kind !== 'EC2NodeClass') return design;
  const oldName = resource.manifest.metadata.name;
  const manifest = update(resource.manifest);
  if (manifest.metadata.name !== oldName) {
    return renameResource(
      put(design, {
        ...resource,
        manifest: { ...manifest, metadata: { ...manifest.metadata, name: oldName } },
      }),
      id,
      manifest.metadata.name,
    );
  }
  return put(design, { ...resource, manifest });
}

export function updateMigProfile(design: Design, id: ResourceId, patch: MigProfilePatch): Design {
  const resource = resourceById(design, id);
  if (resource?.kind !== 'MigProfile') return design;
  const { devices, ...fields } = patch;
  const next: MigProfileResource = { ...resource, ...fields };
  if (devices === null) delete next.devices;
  else if (devices !== undefined) next.devices = devices;
  return put(design, next);
}

/**
 * Deletes resources. Pools of a deleted EC2NodeClass keep their `nodeClassRef` and show up as
 * broken: silently re-pointing them at another class would change what gets provisioned.
 * A deleted MIG profile detaches from its pools, since it exists only in the design.
 */
export function deleteResources(design: Design, ids: Iterable<ResourceId>): Design {
  const doomed = new Set(ids);
  if (![...doomed].some((id) => Object.hasOwn(design.resources, id))) return design;
  const resources: Record<ResourceId, Resource> = {};
  for (const [id, resource] of Object.entries(design.resources)) {
    if (doomed.has(id)) continue;
    if (
      resource.kind === 'NodePool' &&
      resource.migProfileId &&
      doomed.has(resource.migProfileId)
    ) {
      resources[id] = withoutMigProfile(resource);
    } else {
      resources[id] = resource;
    }
  }
  return withResources(design, resources);
}

/** Removes kept documents of other kinds (the user no longer wants them exported). */
export function deleteOthers(design: Design, ids: Iterable<ResourceId>): Design {
  const doomed = new Set(ids);
  const others = design.others ?? [];
  const kept = others.filter((o) => !doomed.has(o.id));
  return kept.length === others.length ? design : { ...design, others: kept };
}
