import { nameProblem } from '../karpenter/model/names';
import { nodeClassName, withNodeClassRef } from '../karpenter/edits/nodePoolEdits';
import { EC2NODECLASS_GROUP, EC2NODECLASS_KIND } from '../karpenter/model/types';
import { kindWithArticle } from './kinds';
import { classesNamed, resourceById, resourceName } from './resources';
import type { Design, Resource, ResourceId } from './types';
import { withMigProfile, withoutMigProfile } from './poolMigProfile';

/** An edge on the canvas: a reference from one resource to another, derived from the design. */
export interface Reference {
  id: string;
  kind: 'nodeClassRef' | 'migProfile';
  source: ResourceId;
  target: ResourceId;
}

export function references(design: Design): Reference[] {
  const edges: Reference[] = [];
  const classIdsByName = new Map<string, ResourceId[]>();
  for (const r of Object.values(design.resources)) {
    if (r.kind !== 'EC2NodeClass') continue;
    const list = classIdsByName.get(r.manifest.metadata.name) ?? [];
    list.push(r.id);
    classIdsByName.set(r.manifest.metadata.name, list);
  }
  for (const pool of Object.values(design.resources)) {
    if (pool.kind !== 'NodePool') continue;
    for (const classId of classIdsByName.get(nodeClassName(pool.manifest)) ?? []) {
      edges.push({
        id: `ref:${pool.id}:${classId}`,
        kind: 'nodeClassRef',
        source: pool.id,
        target: classId,
      });
    }
    if (pool.migProfileId && resourceById(design, pool.migProfileId)) {
      edges.push({
        id: `mig:${pool.migProfileId}:${pool.id}`,
        kind: 'migProfile',
        source: pool.migProfileId,
        target: pool.id,
      });
    }
  }
  return edges;
}

export type ConnectionCheck = { ok: true } | { ok: false; reason: string };

/**
 * Which drags make a reference: a NodePool to the EC2NodeClass that builds its nodes, and a
 * MIG profile to the NodePool that selects it. Everything else is refused with the reason.
 */
export function checkConnection(
  design: Design,
  sourceId: ResourceId,
  targetId: ResourceId,
): ConnectionCheck {
  const source = resourceById(design, sourceId);
  const target = resourceById(design, targetId);
  if (!source || !target) return { ok: false, reason: 'That resource no longer exists.' };
  if (sourceId === targetId) return { ok: false, reason: 'A resource cannot reference itself.' };
  if (source.kind === 'NodePool' && target.kind === 'EC2NodeClass') {
    const name = target.manifest.metadata.name;
    if (nameProblem(name))
      return { ok: false, reason: `EC2NodeClass "${name}" needs a valid name first.` };
    return { ok: true };
  }
  if (source.kind === 'MigProfile' && target.kind === 'NodePool') return { ok: true };
  if (source.kind === 'NodePool') {
    return {
      ok: false,
      reason: `A NodePool references an EC2NodeClass, not ${kindWithArticle(target.kind)}.`,
    };
  }
  if (source.kind === 'MigProfile') {
    return {
      ok: false,
      reason: `A MIG profile attaches to a NodePool, not ${kindWithArticle(target.kind)}.`,
    };
  }
  return {
    ok: false,
    reason: 'An EC2NodeClass is referenced by NodePools: drag from the NodePool to the class.',
  };
}

/**
 * Makes the reference the user dragged. A NodePool has exactly one class and at most one MIG
 * profile, so connecting again moves the reference instead of adding a second one.
 */
export function connect(design: Design, sourceId: ResourceId, targetId: ResourceId): Design {
  if (!checkConnection(design, sourceId, targetId).ok) return design;
  const source = resourceById(design, sourceId);
  const target = resourceById(design, targetId);
  if (source?.kind === 'NodePool' && target?.kind === 'EC2NodeClass') {
    const ref = source.manifest.spec.template.spec.nodeClassRef;
    const name = target.manifest.metadata.name;
    if (ref.name === name && ref.group === EC2NODECLASS_GROUP && ref.kind === EC2NODECLASS_KIND)
      return design;
    return replacePool(design, {
      ...source,
      manifest: withNodeClassRef(source.manifest, {
        group: EC2NODECLASS_GROUP,
        kind: EC2NODECLASS_KIND,
        name,
      }),
    });
  }
  if (source?.kind === 'MigProfile' && target?.kind === 'NodePool') {
    if (target.migProfileId === sourceId) return design;
    return replacePool(design, withMigProfile(target, sourceId));
  }
  return design;
}

function replacePool(design: Design, pool: Resource): Design {
  return { ...design, resources: { ...design.resources, [pool.id]: pool } };
}

/**
 * Removes a reference. A NodePool without a class is exported with an empty
 * `nodeClassRef.name`, which the problems list flags, rather than pointing somewhere arbitrary.
 */
export function disconnect(
  design: Design,
  reference: Pick<Reference, 'kind' | 'source' | 'target'>,
): Design {
  if (reference.kind === 'migProfile') {
    const pool = resourceById(design, reference.target);
    if (pool?.kind !== 'NodePool' || pool.migProfileId !== reference.source) return design;
    return replacePool(design, withoutMigProfile(pool));
  }
  const pool = resourceById(design, reference.source);
  const target = resourceById(design, reference.target);
  if (
    pool?.kind !== 'NodePool' ||
    !target ||
    classesNamed(design, resourceName(target)).length === 0
  )
    return design;
  if (nodeClassName(pool.manifest) !== resourceName(target)) return design;
  return replacePool(design, { ...pool, manifest: withNodeClassRef(pool.manifest, { name: '' }) });
}
