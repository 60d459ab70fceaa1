import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { parseProblemPath } from './problemPath';

/**
 * The 1-based line, inside one document's YAML text, where a JSON path's value is written. A
 * path to something absent (a required field that is missing) resolves to the deepest part that
 * exists, which is where the user has to add it.
 */
export function lineOfPath(documentText: string, path: string): number {
  return pathLines(documentText)(path);
}

/** The same for many paths of one document, which is parsed once. */
export function pathLines(documentText: string): (path: string) => number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(documentText, { lineCounter, keepSourceTokens: false });
  return (path) => lineOfPathIn(doc, lineCounter, path);
}

/** The same, in one parsed document of a longer text whose lines `lineCounter` counted. */
export function lineOfPathIn(doc: Document, lineCounter: LineCounter, path: string): number {
  return positionOfPathIn(doc.contents, doc.range?.[0] ?? 0, lineCounter, path).line;
}

/**
 * The 1-based line and column where a JSON path's value is written, from `node` (a document's
 * contents, or one item of a `List`), resolving what is absent to the deepest part that exists.
 * `fallback` is the offset used when `node` has no range of its own.
 */
export function positionOfPathIn(
  start: Node | null | undefined,
  fallback: number,
  lineCounter: LineCounter,
  path: string,
): { line: number; col: number } {
  let node = start;
  let offset = node?.range?.[0] ?? fallback;
  for (const segment of parseProblemPath(path)) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (!pair) break;
      offset = isScalar(pair.key) && pair.key.range ? pair.key.range[0] : offset;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return lineCounter.linePos(offset);
}
