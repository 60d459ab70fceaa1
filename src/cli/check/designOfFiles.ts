import type { Design, ResourceId } from '../../domain/design/types';
import { EMPTY_DESIGN } from '../../domain/design/types';
import type { IdSource } from '../../domain/design/operations';
import { emptyImport, takeParsedText } from '../../domain/yaml/import/importYaml';
import { mergeImported } from '../../domain/yaml/import/importResources';
import type { ImportedResources } from '../../domain/yaml/import/importedResources';
import { readMigDocuments } from '../../domain/yaml/import/migDocuments';
import { megabytes } from '../../domain/yaml/parse/importCaps';
import type { ImportMessage } from '../../domain/yaml/parse/importMessages';
import { parseManifestText, type ParsedText } from '../../domain/yaml/parse/parseManifestText';
import { looksBinary } from '../../domain/yaml/parse/refusedText';
import type { InputFile } from '../inputFile';

/**
 * The most one file may hold. The app's import stops at 5 MB because a browser tab has to stay
 * responsive; a CI job may read more, but not without bound (yaml keeps a syntax tree of about
 * ten times the text).
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

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
  /** Each file's parse, for the positions of the fields problems name. */
  parsed: ReadonlyMap<string, ParsedText>;
  messages: FileMessage[];
  conversions: (ImportedResources['conversions'][number] & { file: string })[];
}

type Tagged<T> = T & { file: string };

function refusal(file: InputFile): string | undefined {
  if (file.text.length > MAX_FILE_BYTES)
    return `This file is ${megabytes(file.text.length)}; the CLI reads at most ${megabytes(MAX_FILE_BYTES)} a file. It was not checked.`;
  if (looksBinary(file.text))
    return 'This file is not text (it contains binary data). It was not checked.';
  return undefined;
}

/**
 * Reads every file with the app's own import (parse, then build, then MIG documents read back
 * into profiles) and puts all of it in one design, so a NodePool in one file finds its
 * EC2NodeClass in another. Ids are positions in the import's order, so each resource can be
 * traced back to the document it came from.
 */
export function designOfFiles(files: readonly InputFile[]): FilesDesign {
  const parsed = new Map<string, ParsedText>();
  const messages: FileMessage[] = [];
  const all = {
    ...emptyImport(),
    nodeClasses: [] as Tagged<ImportedResources['nodeClasses'][number]>[],
    nodePools: [] as Tagged<ImportedResources['nodePools'][number]>[],
    workloads: [] as Tagged<ImportedResources['workloads'][number]>[],
    conversions: [] as FilesDesign['conversions'],
  };
  for (const file of files) {
    const refused = refusal(file);
    if (refused) {
      messages.push({
        file: file.path,
        message: { severity: 'error', source: file.path, text: refused, line: 1 },
      });
      continue;
    }
    const text = parseManifestText(file.text, file.path);
    parsed.set(file.path, text);
    const imported = takeParsedText(text);
    const tag = <T>(entry: T): Tagged<T> => ({ ...entry, file: file.path });
    all.nodeClasses.push(...imported.nodeClasses.map(tag));
    all.nodePools.push(...imported.nodePools.map(tag));
    all.workloads.push(...imported.workloads.map(tag));
    all.conversions.push(...imported.conversions.map(tag));
    all.others.push(...imported.others);
    messages.push(...imported.messages.map((message) => ({ file: file.path, message })));
  }
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
  return { design, origins, parsed, messages, conversions: all.conversions };
}
