import type { Document, LineCounter } from 'yaml';
import { countResourcesInText, MAX_IMPORT_RESOURCES } from './importCaps';
import { parseManifestText, type ParsedText } from './parseManifestText';
import { refusedText } from './refusedText';

/** Beyond this many documents the text is read whole (and the import enforces its own limit). */
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

/** One piece of a text, parsed, and how many lines of the whole come before it. */
interface YamlPiece {
  parsed: ParsedText;
  shift: number;
}

/** A whole text as parsed: piece by piece, whole, or (too large, binary, too many resources) not at all. */
export interface ParsedYaml {
  text: string;
  source: string;
  /** Undefined when the text is refused before it is parsed. */
  pieces?: YamlPiece[];
}

function hasSyntaxError(parsed: ParsedText): boolean {
  return parsed.documents.some(
    (d) =>
      'skipped' in d && d.skipped.severity === 'error' && d.skipped.text.startsWith('YAML error:'),
  );
}

/**
 * What each piece of the last text parsed, and for which source: a memo like toYaml's, holding
 * one text's pieces at most.
 */
let lastRead: { source: string; chunks: Map<string, ParsedText> } | undefined;

/**
 * `parseManifestText`, piece by piece: the pieces whose text is the same as in the previous call
 * for the same source are not parsed again (the YAML panel re-reads its whole text after each
 * pause in typing, and parsing is most of the cost: about 0.4 ms a document). An unchanged piece
 * keeps its parse, so what is built from it can be kept too.
 */
export function parseYamlText(text: string, source: string): ParsedYaml {
  // Over the limits, the import refuses the text before parsing any of it.
  if (refusedText(text) || countResourcesInText(text) > MAX_IMPORT_RESOURCES)
    return { text, source };
  const whole = (): ParsedYaml => ({
    text,
    source,
    pieces: [{ parsed: parseManifestText(text, source), shift: 0 }],
  });
  // Control characters: the import's binary check samples the text's start, not each piece's.
  const chunks = CONTROL.test(text) ? undefined : chunksOf(text);
  if (!chunks || chunks.length > MAX_CHUNKS) return whole();
  const previous = lastRead?.source === source ? lastRead.chunks : new Map<string, ParsedText>();
  const read = new Map<string, ParsedText>();
  const pieces: YamlPiece[] = [];
  for (const [i, chunk] of chunks.entries()) {
    const parsed =
      read.get(chunk.text) ?? previous.get(chunk.text) ?? parseManifestText(chunk.text, source);
    // yaml reads on past a `---` line after some errors (an unclosed quote runs to the end of
    // the text): only the whole text can say what these come to.
    if (i < chunks.length - 1 && hasSyntaxError(parsed)) return whole();
    read.set(chunk.text, parsed);
    pieces.push({ parsed, shift: chunk.line - 1 });
  }
  lastRead = { source, chunks: read };
  return { text, source, pieces };
}

/** One document of a parsed text, with the lines its nodes' offsets fall on in the whole. */
export interface TextDocument {
  doc: Document;
  lineCounter: LineCounter;
  shift: number;
}

/** Every document of the text in order, broken ones included. */
export function textDocuments(yaml: ParsedYaml): TextDocument[] {
  return (yaml.pieces ?? []).flatMap(({ parsed, shift }) =>
    parsed.read.map((doc) => ({ doc, lineCounter: parsed.lineCounter, shift })),
  );
}
