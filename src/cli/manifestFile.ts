import { isNode, isSeq } from 'yaml';
import { isObject } from '../domain/lib/isObject';
import { parseManifestText } from '../domain/yaml/parse/parseManifestText';
import { megabytes } from '../domain/yaml/parse/importCaps';
import { looksBinary } from '../domain/yaml/parse/refusedText';
import { MAX_FILE_BYTES } from './check/fileRead';
import type { InputFile } from './inputFile';

type Json = Record<string, unknown>;

/** One Kubernetes object of a file: a whole document, or one item of a List document. */
export interface ManifestObject {
  value: Json;
  /** 1-based line where it starts. */
  line: number;
  /** Its document's index in `ManifestFile.documents`. */
  document: number;
  /** Its index in the List's `items`; undefined for an object that is a whole document. */
  item?: number;
}

/** A document as written: where its text is (from its `---` marker to its last comment). */
export interface ManifestDocument {
  start: number;
  end: number;
  value: unknown;
}

/** A file read document by document, or why it could not be: `line:col` and the reason. */
export type ManifestFile =
  | { path: string; text: string; documents: ManifestDocument[]; objects: ManifestObject[] }
  | { path: string; text: string; unreadable: { line: number; col: number; reason: string } };

/** What yaml's toJS may expand: the import's limit against a "billion laughs" document. */
const MAX_ALIASES = 100;

/** Why a file is not read at all, in the limits `check` and `simulate` read files within. */
function refusal(text: string): string | undefined {
  if (text.length > MAX_FILE_BYTES)
    return `The file is ${megabytes(text.length)}; the CLI reads at most ${megabytes(MAX_FILE_BYTES)} a file`;
  if (looksBinary(text)) return 'The file is not a text file (it contains binary data)';
  return undefined;
}

/**
 * Reads a file as `check` does (the same parser, the same limits), keeping where each
 * document's text is so a rewrite can leave every other byte alone. The first document that does
 * not read makes the whole file unreadable: a rewrite of the rest could not be trusted.
 */
export function readManifestFile({ path, text }: InputFile): ManifestFile {
  const refused = refusal(text);
  if (refused) return { path, text, unreadable: { line: 1, col: 1, reason: refused } };
  const parsed = parseManifestText(text, path);
  const broken = parsed.read.find((doc) => doc.errors.length > 0)?.errors[0];
  if (broken) {
    const at = broken.linePos?.[0] ?? { line: 1, col: 1 };
    // yaml ends its first line with "at line 1, column 6:", which the CLI puts in front instead.
    const reason = (broken.message.split('\n')[0] ?? 'unreadable').replace(
      / at line \d+, column \d+:?$/,
      '',
    );
    return { path, text, unreadable: { ...at, reason: `not YAML: ${reason}` } };
  }
  const documents: ManifestDocument[] = [];
  const objects: ManifestObject[] = [];
  for (const entry of parsed.documents) {
    if ('skipped' in entry) {
      const { line = 1, text: reason } = entry.skipped;
      return { path, text, unreadable: { line, col: 1, reason } };
    }
    const { doc } = entry;
    // Where the object starts, past the `---` line and the comments above it.
    const offset = doc.contents?.range[0];
    const line = offset === undefined ? entry.line : parsed.lineCounter.linePos(offset).line;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { path, text, unreadable: { line, col: 1, reason: `could not be read: ${why}` } };
    }
    const index = documents.length;
    documents.push({ start: doc.range[0], end: doc.range[2], value });
    if (!isObject(value)) continue;
    const items = value.items;
    if (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(items)) {
      const nodes = doc.get('items', true);
      items.forEach((item, i) => {
        const node = isSeq(nodes) ? nodes.items[i] : undefined;
        const offset = isNode(node) ? node.range?.[0] : undefined;
        const at = offset === undefined ? line : parsed.lineCounter.linePos(offset).line;
        if (isObject(item)) objects.push({ value: item, line: at, document: index, item: i });
      });
    } else objects.push({ value, line, document: index });
  }
  return { path, text, documents, objects };
}
