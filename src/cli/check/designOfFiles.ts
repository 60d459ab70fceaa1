import type { Design, ResourceId } from '../../domain/design/types';
import { EMPTY_DESIGN } from '../../domain/design/types';
import type { IdSource } from '../../domain/design/operations';
import { emptyImport } from '../../domain/yaml/import/importYaml';
import { mergeImported } from '../../domain/yaml/import/importResources';
import type { ImportedResources } from '../../domain/yaml/import/importedResources';
import { readMigDocuments } from '../../domain/yaml/import/migDocuments';
import type { ImportMessage } from '../../domain/yaml/parse/importMessages';
import { parseManifestText, type ParsedText } from '../../domain/yaml/parse/parseManifestText';
import type { InputFile } from '../inputFile';
import { readFile } from './fileRead';

/** Where a resource of the design was written: its file, and the line its document starts on. */
export interface Origin {
  file: string;
  line: number;
  /** Read from an older Karpenter API and converted, as the app does once the user accepts. */
  converted: boolean;
}

/** yaml's error messages say where: "... at line 3, column 7:". */
const AT_COLUMN = /\bat line \d+, column (\d+)/;

/** The 1-based column an import message names (a YAML error's), 1 when it names none. */
export function columnOf(message: ImportMessage): number {
  return Number(AT_COLUMN.exec(message.text)?.[1] ?? 1);
}

/** A message of the import, and the file it is about. */
export interface FileMessage {
  file: string;
  message: ImportMessage;
}

/** Every input read into one design, as the app reads files dropped together. */
export interface FilesDesign {
  design: Design;
  origins: ReadonlyMap<ResourceId, Origin>;
  /** A file's parse, for the positions of the fields problems name: parsed when first asked. */
  parsedOf: (file: string) => ParsedText | undefined;
  messages: FileMessage[];
  conversions: (ImportedResources['conversions'][number] & { file: string })[];
}

type Tagged<T> = T & { file: string };

/**
 * Reads every file with the app's own import (parse, then build, then MIG documents read back
 * into profiles) and puts all of it in one design, so a NodePool in one file finds its
 * EC2NodeClass in another. Ids are positions in the import's order, so each resource can be
 * traced back to the document it came from.
 */
export function designOfFiles(files: readonly InputFile[]): FilesDesign {
  const reads = files.map(readFile);
  const messages: FileMessage[] = [];
  const all = {
    ...emptyImport(),
    nodeClasses: [] as Tagged<ImportedResources['nodeClasses'][number]>[],
    nodePools: [] as Tagged<ImportedResources['nodePools'][number]>[],
    workloads: [] as Tagged<ImportedResources['workloads'][number]>[],
    conversions: [] as FilesDesign['conversions'],
  };
  files.forEach((file, i) => {
    const read = reads[i]!;
    if ('refused' in read) {
      messages.push({
        file: file.path,
        message: { severity: 'error', source: file.path, text: read.refused, line: 1 },
      });
      return;
    }
    const { imported } = read;
    const tag = <T>(entry: T): Tagged<T> => ({ ...entry, file: file.path });
    all.nodeClasses.push(...imported.nodeClasses.map(tag));
    all.nodePools.push(...imported.nodePools.map(tag));
    all.workloads.push(...imported.workloads.map(tag));
    all.conversions.push(...imported.conversions.map(tag));
    all.others.push(...imported.others);
    messages.push(...imported.messages.map((message) => ({ file: file.path, message })));
  });
  const read = readMigDocuments(all);
  const entries = [...read.nodeClasses, ...read.nodePools, ...read.workloads];
  const origins = new Map<ResourceId, Origin>();
  let next = 0;
  let profiles = 0;
  let others = 0;
  // mergeImported asks for ids in the order of its entries: classes, then pools, then workloads.
  const ids: IdSource = (kind) => {
    if (kind === 'MigProfile') return `mig-${++profiles}`;
    if (kind === 'Other') return `other-${++others}`;
    const id = `resource-${next}`;
    const entry = entries[next++];
    if (entry)
      origins.set(id, {
        file: entry.file,
        line: entry.line ?? 1,
        converted: 'converted' in entry && entry.converted === true,
      });
    return id;
  };
  const { design } = mergeImported(EMPTY_DESIGN, read, ids);
  const texts = new Map(files.map((f, i) => [f.path, { file: f, read: reads[i] }]));
  const parsed = new Map<string, ParsedText>();
  const parsedOf = (path: string): ParsedText | undefined => {
    const entry = texts.get(path);
    if (!entry || (entry.read && 'refused' in entry.read)) return undefined;
    let found = parsed.get(path);
    if (!found) parsed.set(path, (found = parseManifestText(entry.file.text, path)));
    return found;
  };
  return { design, origins, parsedOf, messages, conversions: all.conversions };
}
