import { patchDocument } from '../domain/yaml/patch/patchDocument';
import type { ManifestDocument } from './manifestFile';

/** What becomes of one document: the data it is to read as, and new documents to follow it. */
export interface DocumentEdit {
  next: unknown;
  after: readonly unknown[];
}

/** A `---` line, with nothing after it but a comment: kept as it is, above the patched body. */
const MARKER = /^---[ \t]*(?:#[^\n]*)?\r?\n/;

/**
 * `text` with the edited documents rewritten in place through the app's lossless patch
 * (patchDocument keeps comments, key order and quoting of what did not change). Everything
 * outside an edited document's text (comments between documents, the other documents) is left
 * byte for byte.
 */
export function rewriteDocuments(
  text: string,
  documents: readonly ManifestDocument[],
  edits: ReadonlyMap<number, DocumentEdit>,
): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let out = '';
  let at = 0;
  documents.forEach((document, index) => {
    const edit = edits.get(index);
    if (!edit) return;
    const slice = text.slice(document.start, document.end);
    const marker = MARKER.exec(slice)?.[0] ?? '';
    let rewritten = marker + patchDocument(slice.slice(marker.length), edit.next);
    for (const added of edit.after) {
      if (!rewritten.endsWith('\n')) rewritten += eol;
      // An empty source has nothing to keep: patchDocument writes the data as the export does.
      const fresh = patchDocument('', added);
      rewritten += `---${eol}${eol === '\n' ? fresh : fresh.replace(/\n/g, eol)}`;
    }
    out += text.slice(at, document.start) + rewritten;
    at = document.end;
  });
  return out + text.slice(at);
}
