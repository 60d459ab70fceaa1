import type { Document } from 'yaml';
import { nestingDepth } from '../../design/readSavedDesign';
import { isObject } from '../../lib/isObject';
import {
  countResourcesInText,
  MAX_IMPORT_NESTING,
  MAX_IMPORT_RESOURCES,
} from '../parse/importCaps';
import {
  parseManifestText,
  STACK_OVERFLOW,
  tooDeep,
  type ParsedText,
} from '../parse/parseManifestText';
import { refusedText, tooManyResources } from '../parse/refusedText';
import type { ImportedResources } from './importedResources';
import { convertOlder, takeObject, type Older, type Say } from './takeObject';

const MAX_ALIASES = 100;

export function emptyImport(): ImportedResources {
  return {
    nodeClasses: [],
    nodePools: [],
    workloads: [],
    conversions: [],
    others: [],
    messages: [],
  };
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
    // Aliases can stack one deep structure on another beyond what the syntax tree showed;
    // without one (no `*` in the text) the tree's depth, checked on parsing, is the value's.
    const allowed = MAX_IMPORT_NESTING + (list ? 2 : 0);
    const aliased = text.slice(start, doc.range[2]).includes('*');
    if (aliased && nestingDepth(value, allowed) > allowed) {
      say('error', tooDeep(undefined), line);
      continue;
    }
    takeObject(value, line, result, say, () => documentText(text, start, doc), older);
  }
  convertOlder(older, result, say, source);
  return result;
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
