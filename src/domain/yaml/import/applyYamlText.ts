import { placeAdded } from '../../design/layout';
import { ownValue } from '../../lib/ownValue';
import { attachedAsRead, migProfileFinder } from './migProfileFinder';
import type { ReadAttachment } from '../../mig/migAttachment';
import { randomIds, type IdSource } from '../../design/operations';
import { migProfiles } from '../../design/resources';
import type {
  Design,
  DocumentSource,
  EC2NodeClassResource,
  NodePoolResource,
  OtherDocument,
  Resource,
  ResourceId,
  WorkloadResource,
} from '../../design/types';
import type { EC2NodeClass, NodePool } from '../../karpenter/model/types';
import type { YamlTextRead } from './readYamlText';
import { designToManifests, exportedPool, workloadManifests } from '../export/manifests';
import type { WorkloadManifest } from '../../kube/workloadManifest';
import { manifestToYaml, sourceText } from '../export/toYaml';
import { sameData } from '../../lib/sameData';

type Parsed =
  | {
      kind: 'EC2NodeClass';
      name: string;
      line: number;
      manifest: EC2NodeClass;
      source?: DocumentSource;
    }
  | {
      kind: 'NodePool';
      name: string;
      line: number;
      manifest: NodePool;
      mig?: ReadAttachment;
      source?: DocumentSource;
    }
  | {
      kind: 'Workload';
      name: string;
      line: number;
      manifest: WorkloadManifest;
      source?: DocumentSource;
    }
  | { kind: 'Other'; name: string; line: number; other: Omit<OtherDocument, 'id'> };

/**
 * Applies the YAML panel's whole text (read once by readYamlText) to the design: a new document adds a resource, an edited
 * one changes it, a removed one deletes it. Documents are matched to resources by kind and name,
 * then, for renames, by their order among the unmatched of the same kind. While any document
 * fails to parse nothing is deleted, so a half-typed document never costs the canvas its node
 * (the last good state stays). Unchanged resources keep their identity.
 */
export function applyYamlText(
  design: Design,
  { imported: read, errors }: Pick<YamlTextRead, 'imported' | 'errors'>,
  ids: IdSource = randomIds,
): Design {
  const parsed: Parsed[] = [
    ...read.nodeClasses.map((c) => ({
      kind: 'EC2NodeClass' as const,
      name: c.manifest.metadata.name,
      line: c.line ?? 0,
      manifest: c.manifest,
      ...(c.source ? { source: c.source } : {}),
    })),
    ...read.nodePools.map((p) => ({
      kind: 'NodePool' as const,
      name: p.manifest.metadata.name,
      line: p.line ?? 0,
      manifest: p.manifest,
      ...(p.mig ? { mig: p.mig } : {}),
      ...(p.source ? { source: p.source } : {}),
    })),
    ...read.workloads.map((w) => ({
      kind: 'Workload' as const,
      name: `${w.manifest.kind}/${w.manifest.metadata.name}`,
      line: w.line ?? 0,
      manifest: w.manifest,
      ...(w.source ? { source: w.source } : {}),
    })),
    ...read.others.map(({ line, ...other }) => ({
      kind: 'Other' as const,
      name: other.name,
      line: line ?? 0,
      other: { ...other },
    })),
  ].sort((a, b) => a.line - b.line);

  const existing = currentDocuments(design);
  const matches = match(parsed, existing);

  const resources: Record<ResourceId, Resource> = { ...design.resources };
  let others = [...(design.others ?? [])];
  const added: ResourceId[] = [];
  let changed = false;
  const profileFor = migProfileFinder(migProfiles(design), ids, (profile) => {
    if (Object.hasOwn(resources, profile.id)) changed = true;
    else added.push(profile.id);
    resources[profile.id] = profile;
  });

  parsed.forEach((doc, i) => {
    const targetId = matches[i];
    if (doc.kind === 'Other') {
      const current = others.find((o) => o.id === targetId);
      if (current && current.text === doc.other.text) return;
      changed = true;
      if (current) others = others.map((o) => (o.id === current.id ? { ...o, ...doc.other } : o));
      else others.push({ ...doc.other, id: ids('Other') });
      return;
    }
    const current = targetId ? ownValue(resources, targetId) : undefined;
    if (doc.kind === 'Workload' || doc.kind === 'EC2NodeClass') {
      const next = asWritten(doc, current, ids);
      if (!next) return;
      resources[next.id] = next;
      if (next.id !== current?.id) added.push(next.id);
      changed = true;
      return;
    }
    const attached = doc.mig
      ? attachedAsRead(doc.manifest, doc.mig, profileFor(doc.mig))
      : { manifest: doc.manifest };
    if (current?.kind === 'NodePool') {
      if (
        sameData(current.manifest, attached.manifest) &&
        current.migProfileId === attached.migProfileId &&
        sameData(current.migAdopted, attached.migAdopted) &&
        sameText(current, exportedPool(design, current), doc)
      )
        return;
      const { migProfileId: _old, migAdopted: _adopted, source: _oldSource, ...rest } = current;
      resources[current.id] = { ...rest, ...attached, ...sourceOf(doc.source) };
    } else {
      const id = ids('NodePool');
      resources[id] = {
        id,
        kind: 'NodePool',
        position: { x: 0, y: 0 },
        ...attached,
        ...sourceOf(doc.source),
      };
      added.push(id);
    }
    changed = true;
  });

  if (errors.length === 0) {
    const kept = new Set(matches.filter((id): id is ResourceId => id !== undefined));
    for (const doc of existing) {
      if (kept.has(doc.id)) continue;
      changed = true;
      if (doc.kind === 'Other') others = others.filter((o) => o.id !== doc.id);
      else delete resources[doc.id];
    }
  }
  if (!changed) return design;

  const next: Design = {
    ...design,
    resources,
    ...(others.length > 0 || design.others ? { others } : {}),
  };
  return added.length > 0 ? placeAdded(next, added) : next;
}

/**
 * A class or a workload as its document now says (neither has anything derived on top of its
 * manifest): the resource edited in place, a new one, or undefined when nothing changed.
 */
function asWritten(
  doc: Extract<Parsed, { kind: 'EC2NodeClass' | 'Workload' }>,
  current: Resource | undefined,
  ids: IdSource,
): EC2NodeClassResource | WorkloadResource | undefined {
  if (doc.kind === 'Workload')
    return current?.kind === 'Workload'
      ? edited(current, doc)
      : { ...fresh(doc, ids), kind: 'Workload', manifest: doc.manifest };
  return current?.kind === 'EC2NodeClass'
    ? edited(current, doc)
    : { ...fresh(doc, ids), kind: 'EC2NodeClass', manifest: doc.manifest };
}

/** What a new resource of the document's kind takes from it besides its kind and manifest. */
function fresh(doc: { kind: 'EC2NodeClass' | 'Workload'; source?: DocumentSource }, ids: IdSource) {
  return { id: ids(doc.kind), position: { x: 0, y: 0 }, ...sourceOf(doc.source) };
}

/** The resource with the document's manifest, or undefined when the document changes nothing. */
function edited<R extends EC2NodeClassResource | WorkloadResource>(
  current: R,
  doc: { manifest: R['manifest']; source?: DocumentSource },
): R | undefined {
  if (sameData(current.manifest, doc.manifest) && sameText(current, current.manifest, doc))
    return undefined;
  return { ...current, manifest: doc.manifest, ...sourceOf(doc.source) };
}

/** Whether the document's text is what the design already exports for the resource. */
function sameText(
  resource: NodePoolResource | EC2NodeClassResource | WorkloadResource,
  exported: object,
  doc: { source?: DocumentSource },
): boolean {
  const current = resource.source
    ? sourceText(exported, resource.source)
    : manifestToYaml(exported);
  return doc.source === undefined || current === withNewline(doc.source.text);
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

function sourceOf(source: DocumentSource | undefined): { source?: DocumentSource } {
  return source ? { source } : {};
}

interface Existing {
  id: ResourceId;
  kind: 'EC2NodeClass' | 'NodePool' | 'Workload' | 'Other';
  name: string;
}

/** The documents the panel showed, in its order. */
function currentDocuments(design: Design): Existing[] {
  return [
    ...designToManifests(design).map((e) => ({
      id: e.resourceId,
      kind: e.manifest.kind,
      name: e.manifest.metadata.name,
    })),
    ...workloadManifests(design).map((e) => ({
      id: e.resourceId,
      kind: 'Workload' as const,
      name: `${e.manifest.kind}/${e.manifest.metadata.name}`,
    })),
    ...(design.others ?? []).map((o) => ({
      id: o.id,
      kind: 'Other' as const,
      name: `${o.kind}/${o.name}`,
    })),
  ];
}

function keyOf(doc: Parsed): string {
  return doc.kind === 'Other'
    ? `Other:${doc.other.kind}/${doc.other.name}`
    : `${doc.kind}:${doc.name}`;
}

function match(
  parsed: readonly Parsed[],
  existing: readonly Existing[],
): (ResourceId | undefined)[] {
  const byKey = new Map<string, Existing[]>();
  for (const e of existing) {
    const key = `${e.kind}:${e.name}`;
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }
  const taken = new Set<ResourceId>();
  const result = parsed.map((doc) => {
    const candidate = byKey.get(keyOf(doc))?.find((e) => !taken.has(e.id));
    if (candidate) taken.add(candidate.id);
    return candidate?.id;
  });
  // A renamed document: pair the unmatched of each kind in order.
  for (const kind of ['EC2NodeClass', 'NodePool', 'Workload', 'Other'] as const) {
    const free = existing.filter((e) => e.kind === kind && !taken.has(e.id));
    parsed.forEach((doc, i) => {
      if (doc.kind !== kind || result[i] !== undefined) return;
      const next = free.shift();
      if (next) {
        taken.add(next.id);
        result[i] = next.id;
      }
    });
  }
  return result;
}
