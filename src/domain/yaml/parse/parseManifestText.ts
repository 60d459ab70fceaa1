import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import {
  count,
  countResourcesInDocument,
  documentNesting,
  isListDocument,
  MAX_IMPORT_NESTING,
  MAX_PARSED_NESTING,
  nestingBound,
} from './importCaps';
import type { ImportMessage } from './importMessages';

/** One document of a parsed text: ready to be built, or skipped with the reason. */
type ParsedDocument =
  { doc: Document.Parsed; start: number; line: number; list: boolean } | { skipped: ImportMessage };

/** A text read as far as its syntax, before any resource is built from it. */
export interface ParsedText {
  text: string;
  source: string;
  documents: ParsedDocument[];
  /** The resources it holds, a List's items one by one. */
  resources: number;
  /** Every document yaml read, broken ones included: where a problem's marker goes. */
  read: Document.Parsed[];
  /** The lines of `text`, for the offsets of `read`'s nodes. */
  lineCounter: LineCounter;
}

/** V8 and SpiderMonkey words for a recursion that ran out of stack. */
export const STACK_OVERFLOW = /call stack|too much recursion/i;
/** `{{ .Values.x }}`, `{{- include … }}`: Go template actions, which no manifest contains. */
const HELM = /\{\{-?\s*[^}]*\}\}/;
const HELM_HINT = 'It looks like a Helm template: render it first (helm template …).';

export function tooDeep(depth: number | undefined): string {
  const nests =
    depth === undefined ? 'nests deeper than it can be read' : `nests ${count(depth)} levels deep`;
  return `This document ${nests}; manifests never nest beyond ${MAX_IMPORT_NESTING}. It was skipped.`;
}

/**
 * Parses a text's documents and counts the resources they hold, without building any; a
 * document that does not parse, or nests deeper than a saved design can hold, is skipped here
 * with its reason.
 */
export function parseManifestText(text: string, source: string): ParsedText {
  const lineCounter = new LineCounter();
  const parsed: ParsedText = { text, source, documents: [], resources: 0, read: [], lineCounter };
  const skip = (message: string, line?: number) =>
    parsed.documents.push({
      skipped: {
        severity: 'error',
        source,
        text: message,
        ...(line === undefined ? {} : { line }),
      },
    });
  const bound = nestingBound(text);
  if (bound.depth > MAX_PARSED_NESTING) {
    skip(
      `This text nests more than ${MAX_PARSED_NESTING} levels deep; manifests never nest beyond ${MAX_IMPORT_NESTING}. Nothing was imported from it.`,
      bound.line,
    );
    return parsed;
  }
  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(text, { lineCounter, uniqueKeys: true }) as Document.Parsed[];
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    skip(STACK_OVERFLOW.test(why) ? tooDeep(undefined) : `could not be read as YAML: ${why}`);
    return parsed;
  }
  if (!Array.isArray(documents)) documents = [documents];
  parsed.read = documents;

  let previousEnd = 0;
  let previousBroken = false;
  for (const doc of documents) {
    // A document that does not parse can stop short of the next `---`; what it left unread is
    // not the next document's text, which then starts on its own first line.
    const start = previousBroken ? text.lastIndexOf('\n', doc.range[0] - 1) + 1 : previousEnd;
    previousEnd = doc.range[2];
    previousBroken = doc.errors.length > 0;
    const line = lineCounter.linePos(doc.range[0]).line;
    const first = doc.errors[0];
    if (first) {
      const at = first.linePos?.[0]?.line ?? line;
      const message = first.message.split('\n')[0] ?? 'unreadable';
      if (STACK_OVERFLOW.test(message)) {
        skip(tooDeep(undefined), at);
        continue;
      }
      const helm = HELM.test(text.slice(start, doc.range[2])) ? ` ${HELM_HINT}` : '';
      skip(`YAML error: ${message} This document was skipped.${helm}`, at);
      continue;
    }
    // The text's bound is above every document's depth: a document is walked only when the
    // text as a whole may nest too deep.
    const depth = bound.depth > MAX_IMPORT_NESTING ? documentNesting(doc) : 0;
    if (depth > MAX_IMPORT_NESTING) {
      skip(tooDeep(depth), line);
      continue;
    }
    const resources = countResourcesInDocument(doc);
    parsed.resources += resources;
    parsed.documents.push({ doc, start, line, list: isListDocument(doc) });
  }
  return parsed;
}
