import type { ImportMessage } from './importMessages';
import { countResourcesInText, MAX_IMPORT_BYTES, MAX_IMPORT_RESOURCES } from '../parse/importCaps';
import { importYaml, looksBinary } from './importYaml';
import type { ImportedResources } from './importedResources';

/** Beyond this many documents the whole-text import answers (and enforces its own limit). */
const MAX_CHUNKS = 2000;

// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u0008\u000e-\u001f]/;

/** A `---` line and nothing else: where a document starts. */
const PLAIN_MARKER = /^---[ \t]*$/;
/**
 * Lines after which a text is not cut by its `---` lines: a directive (`%YAML`), an end marker
 * (`...`), or a start marker with something after it (`--- !tag`, `--- # comment`, `--- |`).
 */
const UNSAFE_LINE = /^(?:%|\.\.\.(?:[ \t]|$)|---[ \t]+\S)/;
/** A line that is blank, a comment or a `---` marker: nothing a document is made of. */
const NOTHING = /^(?:[ \t]*(?:#.*)?|---[ \t]*)$/;

interface Chunk {
  text: string;
  /** 1-based line of the chunk's first line in the whole text. */
  line: number;
}

/**
 * The text cut at its `---` lines, which YAML forbids inside any content, so every piece parses
 * as it does within the whole. A piece with nothing but comments and blank lines goes with the
 * next one, as the YAML parser files such comments with the document after them. Undefined when
 * the text has something that would make the pieces read differently from the whole.
 */
function chunksOf(text: string): Chunk[] | undefined {
  if (text.includes('\r')) return undefined;
  const chunks: Chunk[] = [];
  let start = 0;
  let startLine = 1;
  let hasContent = false;
  let line = 1;
  for (let at = 0; at <= text.length; line++) {
    const end = text.indexOf('\n', at);
    const lineEnd = end === -1 ? text.length : end;
    const first = text.charCodeAt(at);
    // Only lines starting with '-', '.' or '%' can be markers or directives.
    if (first === 45 || first === 46 || first === 37) {
      const content = text.slice(at, lineEnd);
      if (UNSAFE_LINE.test(content)) return undefined;
      if (PLAIN_MARKER.test(content) && hasContent) {
        chunks.push({ text: text.slice(start, at), line: startLine });
        start = at;
        startLine = line;
        hasContent = false;
      }
    }
    if (!hasContent && !NOTHING.test(text.slice(at, lineEnd))) hasContent = true;
    if (end === -1) break;
    at = end + 1;
  }
  if (start < text.length || chunks.length === 0)
    chunks.push({ text: text.slice(start), line: startLine });
  return chunks;
}

/** yaml's error messages say where: "... at line 3, column 1:". */
const AT_LINE = /\bat line (\d+), column (\d+)/g;

function shiftedMessage(message: ImportMessage, by: number): ImportMessage {
  const moved = {
    ...message,
    text: message.text.replace(
      AT_LINE,
      (_, l: string, c: string) => `at line ${Number(l) + by}, column ${c}`,
    ),
  };
  return message.line === undefined ? moved : { ...moved, line: message.line + by };
}

function shifted<T extends { line?: number }>(entry: T, by: number): T {
  return entry.line === undefined || by === 0 ? entry : { ...entry, line: entry.line + by };
}

function hasSyntaxError(read: ImportedResources): boolean {
  return read.messages.some((m) => m.severity === 'error' && m.text.startsWith('YAML error:'));
}

/**
 * What each document of the last text read, and for which source: a memo like toYaml's, holding
 * one text's documents at most.
 */
let lastRead: { source: string; chunks: Map<string, ImportedResources> } | undefined;

/**
 * `importYaml`, document by document: the documents whose text is the same as in the previous
 * call for the same source are not parsed again (the YAML panel re-reads its whole text after
 * each pause in typing, and parsing is most of the cost: about 0.4 ms a document). The result
 * equals `importYaml(text, source)`, with the same manifest objects for unchanged documents.
 */
export function importYamlByDocument(text: string, source: string): ImportedResources {
  // Control characters: importYaml's binary check samples the text's start, not each piece's.
  // Over the limits, the whole-text import refuses it, before parsing any of it.
  const whole =
    text.length > MAX_IMPORT_BYTES ||
    looksBinary(text) ||
    CONTROL.test(text) ||
    countResourcesInText(text) > MAX_IMPORT_RESOURCES;
  const chunks = whole ? undefined : chunksOf(text);
  if (!chunks || chunks.length > MAX_CHUNKS) return importYaml(text, source);
  const previous =
    lastRead?.source === source ? lastRead.chunks : new Map<string, ImportedResources>();
  const read = new Map<string, ImportedResources>();
  const result: ImportedResources = {
    nodeClasses: [],
    nodePools: [],
    conversions: [],
    others: [],
    messages: [],
  };
  for (const [i, chunk] of chunks.entries()) {
    const own = read.get(chunk.text) ?? previous.get(chunk.text) ?? importYaml(chunk.text, source);
    // Older APIs are converted together across documents, and yaml reads on past a `---` line
    // after some errors (an unclosed quote runs to the end of the text): only the whole text
    // can say what these come to.
    if (own.conversions.length > 0 || (i < chunks.length - 1 && hasSyntaxError(own)))
      return importYaml(text, source);
    read.set(chunk.text, own);
    const by = chunk.line - 1;
    result.nodeClasses.push(...own.nodeClasses.map((c) => shifted(c, by)));
    result.nodePools.push(...own.nodePools.map((p) => shifted(p, by)));
    result.others.push(...own.others.map((o) => shifted(o, by)));
    result.messages.push(...own.messages.map((m) => shiftedMessage(m, by)));
  }
  // Each document may be under the limit and all of them over it (Lists the lines do not show).
  const resources = result.nodeClasses.length + result.nodePools.length + result.others.length;
  if (resources > MAX_IMPORT_RESOURCES) return importYaml(text, source);
  lastRead = { source, chunks: read };
  return result;
}
