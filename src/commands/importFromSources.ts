// What Import does once the files are read: apart from importManifests.ts so the YAML reader
// loads with the first import, not with the canvas.
import type { ResourceId } from '../domain/design/types';
import { objectKey } from '../domain/design/resources';
import { workloadKey } from '../domain/kube/workloadManifest';
import { describeWhere, type ImportMessage } from '../domain/yaml/parse/importMessages';
import { MAX_IMPORT_BYTES } from '../domain/yaml/parse/importCaps';
import { emptyImport } from '../domain/yaml/import/importYaml';
import type { ImportedResources } from '../domain/yaml/import/importedResources';
import {
  checkSizes,
  importYamlSources,
  type ImportSource,
} from '../domain/yaml/import/importYamlSources';
import { readMigDocuments } from '../domain/yaml/import/migDocuments';
import { readOnlyNotice, useDesignStore } from '../store/designStore';
import { selectEditable } from '../store/selectors';
import type { Source } from './importSource';

const MAX_DETAILS = 12;

/** Names already taken, per kind: a second object of the same name would overwrite the first. */
function takenNames(): Set<string> {
  const { design } = useDesignStore.getState();
  return new Set(
    Object.values(design.resources).flatMap((r) => (r.kind === 'MigProfile' ? [] : [objectKey(r)])),
  );
}

function duplicateNames(
  imported: ImportedResources,
  file: string,
  seen: Set<string>,
): ImportMessage[] {
  const messages: ImportMessage[] = [];
  const items = [
    ...imported.nodeClasses.map((c) => ({ manifest: c.manifest, line: c.line, key: '' })),
    ...imported.nodePools.map((p) => ({ manifest: p.manifest, line: p.line, key: '' })),
    ...imported.workloads.map((w) => ({
      manifest: w.manifest,
      line: w.line,
      key: workloadKey(w.manifest),
    })),
  ];
  for (const { manifest, line, key: own } of items) {
    const key = own || `${manifest.kind}/${manifest.metadata.name}`;
    if (seen.has(key)) {
      messages.push({
        severity: 'warning',
        source: file,
        ...(line === undefined ? {} : { line }),
        text: `${manifest.kind} "${manifest.metadata.name}" has the same name as one already in the design; it was imported and flagged in Problems: rename one of them.`,
      });
    }
    seen.add(key);
  }
  return messages;
}

/** The resources and other documents the design has: what the import's limit counts in. */
function designSize(): number {
  const { design } = useDesignStore.getState();
  return Object.keys(design.resources).length + (design.others?.length ?? 0);
}

export async function importSources(sources: readonly Source[]): Promise<void> {
  const sizes = checkSizes(sources);
  if (sizes.refused) {
    refuse(sizes.refused, sizes.tooLarge);
    return;
  }
  const read: ImportSource[] = [];
  const unread: ImportMessage[] = [...sizes.tooLarge];
  for (const source of sources) {
    if (source.size > MAX_IMPORT_BYTES) continue;
    try {
      read.push(await source.read());
    } catch {
      unread.push({ severity: 'error', source: source.name, text: 'could not be read.' });
    }
  }
  const result = importYamlSources(read, designSize());
  if (result.refused) {
    refuse(result.refused, [...unread, ...result.messages]);
    return;
  }
  const seen = takenNames();
  const all: ImportedResources = { ...emptyImport(), messages: [...unread, ...result.messages] };
  for (const { name, imported } of result.files) {
    imported.messages.push(...duplicateNames(imported, name, seen));
    all.nodeClasses.push(...imported.nodeClasses);
    all.nodePools.push(...imported.nodePools);
    all.workloads.push(...imported.workloads);
    all.others.push(...imported.others);
    all.conversions.push(...imported.conversions);
    all.messages.push(...imported.messages);
  }

  Object.assign(all, readMigDocuments(all));
  if (all.conversions.length > 0) {
    // Older APIs are converted only once the user has seen what changes.
    const { openDialog, closeDialog } = useDesignStore.getState();
    openDialog({
      kind: 'conversion-review',
      conversions: all.conversions,
      accept: () => {
        closeDialog('conversion-review');
        void addAll(sources, all);
      },
      skip: () => {
        closeDialog('conversion-review');
        void addAll(sources, {
          ...all,
          nodeClasses: all.nodeClasses.filter((c) => !c.converted),
          nodePools: all.nodePools.filter((p) => !p.converted),
          messages: [
            ...all.messages,
            ...all.conversions.map((c) => ({
              severity: 'warning' as const,
              source: c.source,
              line: c.line,
              text: `${c.from} "${c.name}" was not imported: its conversion to v1 was declined.`,
            })),
          ],
        });
      },
    });
    return;
  }
  await addAll(sources, all);
}

async function addAll(sources: readonly Source[], all: ImportedResources): Promise<void> {
  // The conversion review waits on the user, who may open a shared link meanwhile.
  if (!selectEditable(useDesignStore.getState())) {
    readOnlyNotice();
    return;
  }
  let added: ResourceId[] = [];
  if (
    all.nodeClasses.length + all.nodePools.length + all.workloads.length + all.others.length >
    0
  ) {
    // The layout library loads with the first import, not with the canvas.
    const { addImported } = await import('../domain/yaml/import/importResources');
    useDesignStore.getState().setDesign((design) => {
      const result = addImported(design, all);
      added = result.added;
      return result.design;
    });
  }
  report(sources, all, added);
}

function report(sources: readonly Source[], all: ImportedResources, added: ResourceId[]): void {
  const { notify, select, focusResources } = useDesignStore.getState();
  if (added.length > 0) {
    select(added);
    focusResources(added);
  }
  const from = sources.length === 1 ? (sources[0]?.name ?? '') : `${sources.length} files`;
  const errors = all.messages.filter((m) => m.severity === 'error').length;
  const counts = [
    all.nodePools.length > 0 ? `${all.nodePools.length} NodePool(s)` : '',
    all.nodeClasses.length > 0 ? `${all.nodeClasses.length} EC2NodeClass(es)` : '',
    all.workloads.length > 0 ? `${all.workloads.length} workload(s)` : '',
    all.others.length > 0 ? `${all.others.length} other document(s), kept as they are` : '',
  ].filter(Boolean);
  const text =
    counts.length > 0
      ? `Imported ${counts.join(' and ')} from ${from}.${errors > 0 ? ` ${errors} problem(s) below.` : ''}`
      : `Nothing was imported from ${from}.`;
  notify({
    tone: errors > 0 || counts.length === 0 ? 'error' : 'info',
    text,
    ...(all.messages.length > 0 ? { details: details(all.messages) } : {}),
  });
}

/** The import refused as a whole: the limit it passed, and nothing on the canvas touched. */
function refuse(why: string, messages: readonly ImportMessage[]): void {
  useDesignStore.getState().notify({
    tone: 'error',
    text: why,
    ...(messages.length > 0 ? { details: details(messages) } : {}),
  });
}

function details(messages: readonly ImportMessage[]): string[] {
  const lines = messages.slice(0, MAX_DETAILS).map((m) => `${describeWhere(m)}: ${m.text}`);
  if (messages.length > MAX_DETAILS) lines.push(`…and ${messages.length - MAX_DETAILS} more.`);
  return lines;
}
