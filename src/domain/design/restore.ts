import { EC2NODECLASS_API_VERSION, NODEPOOL_API_VERSION } from '../karpenter/model/types';
import { ownValue } from '../lib/ownValue';
import { isGpuModelId } from '../mig/gpuModels';
import { migProfileFieldsForConfig } from '../mig/migLayout';
import type { MigDevices } from '../mig/placement';
import { isObject } from '../lib/isObject';
import { isResourceKind } from './kinds';
import type {
  Design,
  DocumentSource,
  EC2NodeClassResource,
  NodePoolResource,
  OtherDocument,
  Position,
  Resource,
  ResourceByKind,
  ResourceId,
  ResourceKind,
  WorkloadResource,
} from './types';
import { isWorkloadManifest } from '../kube/workloadManifest';
import type { MigAdoption, MigProfileResource } from '../mig/migProfile';

/**
 * The last step of readSavedDesign (the gate for saved state, project files and share links):
 * turns a migrated design object into a Design. It never throws: what it cannot read it reports,
 * and what it can repair (a missing position, say) it repairs, so one bad resource does not cost
 * the rest.
 */
export type RestoreResult =
  { ok: true; design: Design; dropped: string[] } | { ok: false; reason: string };

type Json = Record<string, unknown>;

function position(value: unknown): Position {
  if (isObject(value) && Number.isFinite(value.x) && Number.isFinite(value.y)) {
    return { x: value.x as number, y: value.y as number };
  }
  return { x: 0, y: 0 };
}

function hasName(manifest: Json): boolean {
  return isObject(manifest.metadata) && typeof manifest.metadata.name === 'string';
}

function isNodePoolManifest(value: unknown): boolean {
  if (!isObject(value) || value.apiVersion !== NODEPOOL_API_VERSION || value.kind !== 'NodePool')
    return false;
  if (!hasName(value) || !isObject(value.spec) || !isObject(value.spec.template)) return false;
  const spec = value.spec.template.spec;
  return (
    isObject(spec) &&
    isObject(spec.nodeClassRef) &&
    typeof spec.nodeClassRef.name === 'string' &&
    Array.isArray(spec.requirements)
  );
}

function isEC2NodeClassManifest(value: unknown): boolean {
  if (
    !isObject(value) ||
    value.apiVersion !== EC2NODECLASS_API_VERSION ||
    value.kind !== 'EC2NodeClass'
  )
    return false;
  if (!hasName(value) || !isObject(value.spec)) return false;
  const s = value.spec;
  return (
    Array.isArray(s.amiSelectorTerms) &&
    Array.isArray(s.subnetSelectorTerms) &&
    Array.isArray(s.securityGroupSelectorTerms)
  );
}

/** A saved source is only worth keeping whole; a damaged one is dropped (export re-writes). */
function documentSource(value: unknown): { source?: DocumentSource } {
  return isObject(value) && typeof value.text === 'string' && 'data' in value
    ? { source: { text: value.text, data: value.data } }
    : {};
}

/** Instances per GPU: whole counts of at most 7 (no GPU has more slices). */
function migDevices(value: unknown): MigDevices | undefined | 'bad' {
  if (value === undefined) return undefined;
  if (!isObject(value)) return 'bad';
  const devices: Record<string, number> = {};
  for (const [name, count] of Object.entries(value)) {
    if (
      name === '__proto__' ||
      !Number.isInteger(count) ||
      (count as number) < 0 ||
      (count as number) > 7
    )
      return 'bad';
    devices[name] = count as number;
  }
  return devices;
}

/**
 * A profile whose settings are missing or damaged gets the ones its config name implies, so a
 * bad field costs that field, not the profile and the pools attached to it.
 */
function restoreMigProfile(id: string, at: Position, raw: Json): MigProfileResource | string {
  if (typeof raw.name !== 'string' || typeof raw.config !== 'string')
    return `${id}: MIG profile without a name or config`;
  const devices = migDevices(raw.devices);
  if (devices === 'bad') return `${id}: MIG profile with an unreadable custom layout`;
  const fallback = migProfileFieldsForConfig(
    raw.config,
    isGpuModelId(raw.gpu) ? raw.gpu : undefined,
  );
  return {
    id,
    kind: 'MigProfile',
    position: at,
    name: raw.name,
    config: raw.config,
    gpu: fallback.gpu,
    ...(devices ? { devices } : {}),
    strategy:
      raw.strategy === 'single' || raw.strategy === 'mixed' ? raw.strategy : fallback.strategy,
    applyWith:
      raw.applyWith === 'gpu-operator' || raw.applyWith === 'user-data'
        ? raw.applyWith
        : fallback.applyWith,
    taint: typeof raw.taint === 'boolean' ? raw.taint : fallback.taint,
    nodeOverlay: typeof raw.nodeOverlay === 'boolean' ? raw.nodeOverlay : fallback.nodeOverlay,
  };
}

/**
 * Saves from before adoption have none. A damaged one is dropped: the pool then exports in the
 * designer's MIG form, which loses the pool's own form but nothing the profile says.
 */
function migAdoption(raw: unknown): MigAdoption | undefined {
  if (!isObject(raw)) return undefined;
  const { config, gpu, taint } = raw;
  return typeof config === 'string' && isGpuModelId(gpu) && typeof taint === 'boolean'
    ? { config, gpu, taint }
    : undefined;
}

function restoreNodePool(id: string, at: Position, raw: Json): NodePoolResource | string {
  if (!isNodePoolManifest(raw.manifest)) return `${id}: NodePool manifest is incomplete`;
  const pool: NodePoolResource = {
    id,
    kind: 'NodePool',
    position: at,
    manifest: raw.manifest as NodePoolResource['manifest'],
    ...documentSource(raw.source),
  };
  if (typeof raw.migProfileId !== 'string') return pool;
  const adopted = migAdoption(raw.migAdopted);
  return {
    ...pool,
    migProfileId: raw.migProfileId,
    ...(adopted ? { migAdopted: adopted } : {}),
  };
}

function restoreEC2NodeClass(id: string, at: Position, raw: Json): EC2NodeClassResource | string {
  if (!isEC2NodeClassManifest(raw.manifest)) return `${id}: EC2NodeClass manifest is incomplete`;
  return {
    id,
    kind: 'EC2NodeClass',
    position: at,
    manifest: raw.manifest as EC2NodeClassResource['manifest'],
    ...documentSource(raw.source),
  };
}

function restoreWorkload(id: string, at: Position, raw: Json): WorkloadResource | string {
  if (!isWorkloadManifest(raw.manifest)) return `${id}: workload manifest is incomplete`;
  return {
    id,
    kind: 'Workload',
    position: at,
    manifest: raw.manifest,
    ...documentSource(raw.source),
  };
}

/** How each kind is read back: the resource, or why it cannot be. A new kind must say how. */
const RESTORE: {
  [K in ResourceKind]: (id: string, at: Position, raw: Json) => ResourceByKind[K] | string;
} = {
  NodePool: restoreNodePool,
  EC2NodeClass: restoreEC2NodeClass,
  MigProfile: restoreMigProfile,
  Workload: restoreWorkload,
};

function restoreResource(id: string, raw: unknown): Resource | string {
  if (!isObject(raw)) return `${id}: not an object`;
  if (typeof raw.kind !== 'string' || !isResourceKind(raw.kind))
    return `${id}: unknown kind ${JSON.stringify(raw.kind)}`;
  return RESTORE[raw.kind](id, position(raw.position), raw);
}

function restoreOthers(raw: unknown, dropped: string[]): OtherDocument[] {
  if (!Array.isArray(raw)) return [];
  const others: OtherDocument[] = [];
  raw.forEach((value: unknown, i) => {
    if (
      isObject(value) &&
      typeof value.id === 'string' &&
      typeof value.apiVersion === 'string' &&
      typeof value.kind === 'string' &&
      typeof value.name === 'string' &&
      typeof value.text === 'string'
    ) {
      const { id, apiVersion, kind, name, text } = value;
      others.push({ id, apiVersion, kind, name, text });
    } else {
      dropped.push(`other document ${i + 1}: incomplete`);
    }
  });
  return others;
}

/**
 * `__proto__` cannot be a plain object's key (assigning it replaces the prototype), so a resource
 * saved under it gets another id rather than being lost. Ids are internal (the canvas, export and
 * problems show names), so nothing the user sees changes.
 */
function usableId(id: string, saved: Json): string {
  if (id !== '__proto__') return id;
  let n = 1;
  while (Object.hasOwn(saved, `${id}-${n}`)) n++;
  return `${id}-${n}`;
}

export function restoreDesign(raw: unknown): RestoreResult {
  if (!isObject(raw) || !isObject(raw.resources)) {
    return { ok: false, reason: 'it does not contain a design' };
  }
  const resources: Record<ResourceId, Resource> = {};
  const renamed = new Map<ResourceId, ResourceId>();
  const dropped: string[] = [];
  for (const [savedId, value] of Object.entries(raw.resources)) {
    const id = usableId(savedId, raw.resources);
    if (id !== savedId) renamed.set(savedId, id);
    const restored = restoreResource(id, value);
    if (typeof restored === 'string') dropped.push(restored);
    else resources[id] = restored;
  }
  for (const [id, r] of Object.entries(resources)) {
    if (r.kind !== 'NodePool' || !r.migProfileId) continue;
    const { migProfileId, migAdopted, ...pool } = r;
    const profileId = renamed.get(migProfileId) ?? migProfileId;
    // A MIG attachment to a profile that did not survive would export a label for nothing.
    const attached = ownValue(resources, profileId)?.kind === 'MigProfile';
    if (!attached) resources[id] = pool;
    else if (profileId !== migProfileId)
      resources[id] = { ...pool, migProfileId: profileId, ...(migAdopted ? { migAdopted } : {}) };
  }
  const others = restoreOthers(raw.others, dropped);
  return { ok: true, design: others.length > 0 ? { resources, others } : { resources }, dropped };
}
