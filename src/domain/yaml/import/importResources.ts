import type { ImportedResources } from './importedResources';
import { readMigDocuments } from './migDocuments';
import { attachedAsRead, migProfileFinder } from './migProfileFinder';
import { placeAdded } from '../../design/layout';
import { randomIds, type IdSource } from '../../design/operations';
import { migProfiles, resourceById } from '../../design/resources';
import type { Design, Resource, ResourceId } from '../../design/types';

/**
 * Adds what an import brought to the design, laid out below what is already there. A MIG config
 * a pool selects becomes a MIG profile (one per config, reusing one already in the design).
 */
export function addImported(
  design: Design,
  read: Parameters<typeof mergeImported>[1],
  ids: IdSource = randomIds,
): { design: Design; added: ResourceId[] } {
  const merged = mergeImported(design, read, ids);
  if (merged.added.length === 0) return merged;
  return { design: placeAdded(merged.design, merged.added), added: merged.added };
}

/**
 * What addImported adds, where the import put it (every new resource at the origin): for a reader
 * that never draws the design, such as the command line, which would otherwise spend most of a
 * large check on a canvas layout nobody sees.
 */
export function mergeImported(
  design: Design,
  read: Pick<ImportedResources, 'nodeClasses' | 'nodePools'> &
    Partial<Pick<ImportedResources, 'others' | 'workloads'>>,
  ids: IdSource = randomIds,
): { design: Design; added: ResourceId[] } {
  // Generated MIG documents become what they were generated from (a no-op when already read).
  const imported = readMigDocuments({ messages: [], others: [], ...read });
  const origin = { x: 0, y: 0 };
  const added: Resource[] = [];
  const updated: Resource[] = [];
  const profileFor = migProfileFinder(migProfiles(design), ids, (p) =>
    (resourceById(design, p.id) ? updated : added).push(p),
  );
  for (const { manifest, source } of imported.nodeClasses) {
    added.push({
      id: ids('EC2NodeClass'),
      kind: 'EC2NodeClass',
      position: origin,
      manifest,
      ...(source ? { source } : {}),
    });
  }
  for (const { manifest, mig, source } of imported.nodePools) {
    const pool: Resource = {
      id: ids('NodePool'),
      kind: 'NodePool',
      position: origin,
      manifest,
      ...(source ? { source } : {}),
    };
    added.push(mig ? { ...pool, ...attachedAsRead(manifest, mig, profileFor(mig)) } : pool);
  }
  for (const { manifest, source } of read.workloads ?? []) {
    added.push({
      id: ids('Workload'),
      kind: 'Workload',
      position: origin,
      manifest,
      ...(source ? { source } : {}),
    });
  }
  const others = (imported.others ?? []).map(({ line: _line, ...o }) => ({
    ...o,
    id: ids('Other'),
  }));
  const withOthers: Design =
    others.length === 0 ? design : { ...design, others: [...(design.others ?? []), ...others] };
  const merged: Design = {
    ...withOthers,
    resources: {
      ...design.resources,
      ...Object.fromEntries([...updated, ...added].map((r) => [r.id, r])),
    },
  };
  if (added.length === 0) return { design: updated.length > 0 ? merged : withOthers, added: [] };
  return { design: merged, added: added.map((r) => r.id) };
}
