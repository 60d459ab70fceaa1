import { byName, resourceById, workloadResources } from '../../design/resources';
import type { WorkloadManifest } from '../../kube/workloadManifest';
import type {
  Design,
  DocumentSource,
  EC2NodeClassResource,
  NodePoolResource,
  ResourceId,
} from '../../design/types';
import type { MigProfileResource } from '../../mig/migProfile';
import type { EC2NodeClass, NodePool } from '../../karpenter/model/types';
import { applyAdoptedMigProfile } from '../../mig/migAdoption';
import { applyMigProfile } from '../../mig/migAttachment';

export interface ManifestEntry<M extends object = NodePool | EC2NodeClass | WorkloadManifest> {
  resourceId: ResourceId;
  manifest: M;
  /** The user's own text for this document, when there is one. */
  source?: DocumentSource;
}

/** A document exported as the text it was imported with. */
export interface TextEntry {
  resourceId: ResourceId;
  text: string;
}

export type ExportEntry = ManifestEntry | TextEntry;

/**
 * The documents a design exports, in apply order: EC2NodeClasses first (pools reference them),
 * then NodePools, each sorted by name. MIG profiles show up as the label, taint and GPU pins of
 * the pools they are attached to, and in the generated documents of migExports.
 */
export function designToManifests(design: Design): ManifestEntry<NodePool | EC2NodeClass>[] {
  const classes: EC2NodeClassResource[] = [];
  const pools: NodePoolResource[] = [];
  for (const r of Object.values(design.resources)) {
    if (r.kind === 'EC2NodeClass') classes.push(r);
    else if (r.kind === 'NodePool') pools.push(r);
  }
  classes.sort(byName);
  pools.sort(byName);
  return [
    ...classes.map((c) => entry(c, c.manifest)),
    ...pools.map((p) => entry(p, exportedPool(design, p))),
  ];
}

/** The design's workloads, by name: what the YAML panel shows after the cluster's resources. */
export function workloadManifests(design: Design): ManifestEntry<WorkloadManifest>[] {
  return workloadResources(design)
    .toSorted(byName)
    .map((w) => entry(w, w.manifest));
}

function entry<M extends object>(
  resource: { id: ResourceId; source?: DocumentSource },
  manifest: M,
): ManifestEntry<M> {
  return resource.source
    ? { resourceId: resource.id, manifest, source: resource.source }
    : { resourceId: resource.id, manifest };
}

/** Memoised by the pool and its profile, so an unchanged pool keeps its manifest identity. */
const exportedPools = new WeakMap<
  NodePoolResource,
  { profile: MigProfileResource; manifest: NodePool }
>();

/**
 * The pool as it is exported: with what its MIG profile adds when one is attached, or, for a
 * pool that adopted its profile on import, with the label and the user's later profile edits.
 */
export function exportedPool(design: Design, pool: NodePoolResource): NodePool {
  const profile = pool.migProfileId ? resourceById(design, pool.migProfileId) : undefined;
  if (profile?.kind !== 'MigProfile') return pool.manifest;
  const cached = exportedPools.get(pool);
  if (cached?.profile === profile) return cached.manifest;
  const manifest = pool.migAdopted
    ? applyAdoptedMigProfile(pool.manifest, profile, pool.migAdopted)
    : applyMigProfile(pool.manifest, profile);
  exportedPools.set(pool, { profile, manifest });
  return manifest;
}
