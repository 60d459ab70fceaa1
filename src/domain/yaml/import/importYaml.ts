import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import { nestingDepth } from '../../design/readSavedDesign';
import { isObject } from '../../lib/isObject';
import {
  count,
  countResourcesInDocument,
  countResourcesInText,
  documentNesting,
  isListDocument,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_NESTING,
  MAX_IMPORT_RESOURCES,
  MAX_PARSED_NESTING,
  megabytes,
  nestingBound,
} from '../parse/importCaps';
import type { ImportedResources } from './importedResources';
import type { ImportMessage } from './importMessages';
import { convertOlder, takeObject, type Older, type Say } from './takeObject';

const MAX_ALIASES = 100;

/** A NUL byte or many control characters: an image, an archive, not YAML. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8000);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 9 || (code > 13 && code < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

export function emptyImport(): ImportedResources {
  return { nodeClasses: [], nodePools: [], conversions: [], others: [], messages: [] };
}

/**
 * Why a text is refused before it is parsed: too large, or not text at all. Undefined when it
 * may be read.
 */
export function refusedText(text: string): string | undefined {
  if (text.length > MAX_IMPORT_BYTES) return tooLargeText(text.length);
  if (looksBinary(text))
    return 'is not a text file (it contains binary data). Nothing was imported.';
  return undefined;
}

export function tooLargeText(size: number): string {
  return `is ${megabytes(size)}; one import takes at most ${megabytes(MAX_IMPORT_BYTES)}. Nothing was imported.`;
}

export function tooManyResources(found: number): string {
  return `holds ${count(found)} resources (each item of a List counts as one); one import takes at most ${count(MAX_IMPORT_RESOURCES)}. Nothing was imported.`;
}

/**
 * Reads manifests a user brings (a file, several, or pasted text): multi-document YAML, `List`
 * kinds as `kubectl get -o yaml` prints them, Karpenter v1 NodePools and EC2NodeClasses. Never
 * throws: everything it cannot take becomes a message naming the source and line. The limits
 * are checked as early as each can be: size before anything, the resources the lines show
 * before parsing, the parsed count before any resource is built.
 */
export function importYaml(text: string, source: string): ImportedResources {
  const refusal = (why: string): ImportedResources => ({
    ...emptyImport(),
    messages: [{ severity: 'error', source, text: why }],
  });
  const refused = refusedText(text);
  if (refused) return refusal(refused);
  const seen = countResourcesInText(text);
  if (seen > MAX_IMPORT_RESOURCES) return refusal(tooManyResources(seen));
  const parsed = parseManifestText(text, source);
  if (parsed.resources > MAX_IMPORT_RESOURCES) return refusal(tooManyResources(parsed.resources));
  return takeParsedText(parsed);
}

/** Builds the resources of a parsed text: the per-resource work, once the limits have passed. */
export function takeParsedText(parsed: ParsedText): ImportedResources {
  const { text, source } = parsed;
  const result = emptyImport();
  const older: Older[] = [];
  const say: Say = (severity, message, line) =>
    result.messages.push({
      severity,
      source,
      text: message,
      ...(line === undefined ? {} : { line }),
    });
  for (const entry of parsed.documents) {
    if ('skipped' in entry) {
      result.messages.push(entry.skipped);
      continue;
    }
    const { doc, start, line, list } = entry;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      if (error instanceof Error && STACK_OVERFLOW.test(error.message)) {
        say('error', tooDeep(undefined), line);
        continue;
      }
      const why =
        error instanceof Error && /alias/i.test(error.message)
          ? 'it expands too many YAML aliases (a "billion laughs" document)'
          : error instanceof Error
            ? error.message
            : String(error);
      say('error', `This document was skipped: ${why}.`, line);
      continue;
    }
    if (value === null || value === undefined) continue;
    if (!isObject(value)) {
      say(
        'error',
        'This document is not a Kubernetes object (a mapping with apiVersion and kind); skipped.',
        line,
      );
      continue;
    }
    // Aliases can stack one deep structure on another beyond what the syntax tree showed.
    const allowed = MAX_IMPORT_NESTING + (list ? 2 : 0);
    const depth = nestingDepth(value, allowed);
    if (depth > allowed) {
      say('error', tooDeep(undefined), line);
      continue;
    }
    takeObject(value, line, result, say, () => documentText(text, start, doc), older);
  }
  convertOlder(older, result, say, source);
  return result;
}

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
}

/** V8 and SpiderMonkey words for a recursion that ran out of stack. */
const STACK_OVERFLOW = /call stack|too much recursion/i;
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
  const parsed: ParsedText = { text, source, documents: [], resources: 0 };
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
  const lineCounter = new LineCounter();
  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(text, { lineCounter, uniqueKeys: true }) as Document.Parsed[];
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    skip(STACK_OVERFLOW.test(why) ? tooDeep(undefined) : `could not be read as YAML: ${why}`);
    return parsed;
  }
  if (!Array.isArray(documents)) documents = [documents];

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
    const depth = documentNesting(doc);
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

/**
 * One document's text exactly as written, comments above it included, without its `---`
 * separator or `...` end marker: from where the previous document ended to where this one does.
 */
function documentText(text: string, start: number, doc: Document.Parsed): string {
  const slice = text.slice(start, doc.range[2]);
  return slice
    .replace(/^---[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/, '')
    .replace(/(?:^|\n)\.\.\.[ \t]*\r?\n?$/, '\n');
}
