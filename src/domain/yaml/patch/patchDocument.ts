import { parseDocument, type Document } from 'yaml';
import { keepSourceLines } from './keepSourceLines';
import { MAX_ALIAS_COUNT, patchNodes } from './patchNode';
import { writingStyleOf } from './writingStyle';
import { quoteBlankStrings, stringifyYaml } from '../parse/blankStrings';
import { sameData } from '../../lib/sameData';

// compat: kubectl reads YAML 1.1, so strings it would misread (`on`, `0o7`, `y`) are quoted.
const PARSE_OPTIONS = { uniqueKeys: true, compat: 'yaml-1.1' } as const;

/**
 * Rewrites `sourceText` (one YAML document as the user wrote it) so it parses to `next`, keeping
 * comments, key order, quoting style, flow/block style, blank lines and anchors of everything
 * that did not change.
 *
 * The Document is patched node by node (patchNode), then written out in the source's writing
 * style (writingStyle); lines that did not change keep the
 * user's exact text (keepSourceLines) even where yaml would have written them differently (aligned comments,
 * `0x1F`, a comment after `key:`). The result always parses to `next`: anything that would not
 * is written fresh instead.
 */
export function patchDocument(sourceText: string, next: unknown): string {
  const crlf = sourceText.includes('\r\n');
  const source = crlf ? sourceText.replace(/\r\n/g, '\n') : sourceText;
  const doc: Document = parseDocument(source, PARSE_OPTIONS);
  if (doc.errors.length > 0) return freshYaml(next);
  try {
    if (sameData(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), next)) return sourceText;
    const style = writingStyleOf(doc, source);
    const normalised = doc.toString(style);
    patchNodes(doc, source, next);
    quoteBlankStrings(doc);
    const patched = doc.toString(style);
    for (const text of [keepSourceLines(source, normalised, patched), patched]) {
      if (text !== undefined && parsesTo(text, next))
        return crlf ? text.replace(/\n/g, '\r\n') : text;
    }
  } catch {
    // Too many aliases, or a node yaml cannot write back: the data still has to come out right.
  }
  return freshYaml(next);
}

/** What the designer writes for data without a source text: toYaml's options, unsorted. */
function freshYaml(next: unknown): string {
  return stringifyYaml(next, { lineWidth: 0, aliasDuplicateObjects: false, compat: 'yaml-1.1' });
}

function parsesTo(text: string, next: unknown): boolean {
  try {
    const doc = parseDocument(text, { uniqueKeys: true });
    return doc.errors.length === 0 && sameData(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), next);
  } catch {
    return false;
  }
}
