import { isCollection, isMap, isPair, isSeq, type Document } from 'yaml';

/**
 * The limits of one import: every file picked, dropped or pasted together, not each on its own,
 * so three files just under a per-file limit cannot bring in three times what the tab can bear.
 *
 * 5 MB in all: 5,000 real NodePools and EC2NodeClasses are 2.5 to 5 MB of YAML (0.5 to 1 KB
 * each), so the byte cap never refuses what the resource cap would take, and one file keeps the
 * limit it always had. Parsing is the cost it bounds: about a second a megabyte on a busy laptop.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Resources in one import, and in the design it lands in: beyond a few thousand every edit, the
 * problems list and the autosave slow down for good. A `List` counts its items one by one.
 */
export const MAX_IMPORT_RESOURCES = 5000;

/**
 * How deep a manifest's data may nest: as deep as a saved design (share link, project file, the
 * browser's storage) can hold it, so what Import takes can always be saved and opened again.
 */
export { MAX_MANIFEST_NESTING as MAX_IMPORT_NESTING } from '../../design/nestingLimit';

const MB = 1024 * 1024;

/** A size as "6.2 MB", in bytes when that would round to the limit itself ("5.0 MB"). */
export function megabytes(size: number): string {
  if (size === MAX_IMPORT_BYTES) return `${MAX_IMPORT_BYTES / MB} MB`;
  const rounded = (size / MB).toFixed(1);
  return Number(rounded) === MAX_IMPORT_BYTES / MB ? `${count(size)} bytes` : `${rounded} MB`;
}

/** 10000 as "10,000": counts near the caps are read at a glance. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** A `kind: …List` line at the top level of a document, as `kubectl get -o yaml` prints it. */
const LIST_KIND = /^kind:[ \t]*(["']?)[A-Za-z]*List\1[ \t]*(?:#.*)?$/;
const ITEMS_KEY = /^items:[ \t]*(?:#.*)?$/;
/** A `---` start marker, `...` end marker, or `%` directive: the lines between documents. */
const MARKER = /^(?:---|\.\.\.)(?:[ \t]|$)/;
const BLANK_OR_COMMENT = /^[ \t]*(?:#.*)?$/;

/**
 * How many resources a text holds, read from its lines without parsing it (parsing 3 MB takes
 * seconds): one per document with content, or for a block-style `List` one per line that starts
 * an item. YAML allows a `---` line inside no document's content, and an item's own lines are
 * indented deeper than its `-`, so this counts what the parser will find; a flow-style or JSON
 * `List` counts as one here, and is counted again once parsed.
 */
export function countResourcesInText(text: string): number {
  let total = 0;
  let content = false;
  let list = false;
  let items = false;
  /** Columns before an item's `-`, once the first item after `items:` has shown it. */
  let itemIndent = -1;
  let listItems = 0;
  const endDocument = () => {
    if (content) total += list ? Math.max(listItems, 1) : 1;
    content = false;
    list = false;
    items = false;
    itemIndent = -1;
    listItems = 0;
  };
  // Most lines are indented content, read by their first characters only: this runs on every
  // pause in typing in the YAML panel, over the whole text.
  for (let at = 0; at <= text.length;) {
    const end = text.indexOf('\n', at);
    const lineEnd = end === -1 ? text.length : end;
    const first = text.charCodeAt(at);
    const line = () => text.slice(at, text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);
    const next = lineEnd + 1;
    if (first === 45 || first === 46) {
      const marker = line();
      if (MARKER.test(marker)) {
        endDocument();
        // `--- {kind: Foo}`: content on the marker line itself.
        if (marker.startsWith('---') && !BLANK_OR_COMMENT.test(marker.slice(3))) content = true;
        at = next;
        continue;
      }
    }
    if (!content) {
      if (first === 37 || BLANK_OR_COMMENT.test(line())) {
        at = next;
        continue;
      }
      content = true;
    }
    if (first === 107 && LIST_KIND.test(line())) list = true;
    if (first === 105 && ITEMS_KEY.test(line())) {
      items = true;
      at = next;
      continue;
    }
    if (items) {
      let indent = 0;
      while (text.charCodeAt(at + indent) === 32) indent++;
      const c = text.charCodeAt(at + indent);
      const after = text.charCodeAt(at + indent + 1);
      const dash =
        c === 45 &&
        (after === 32 || after === 9 || after === 10 || after === 13 || Number.isNaN(after));
      const blank = c === 35 || c === 10 || c === 13 || Number.isNaN(c);
      if (!blank) {
        if (itemIndent === -1) {
          // `items:` not followed by a block sequence: not a List this can count.
          if (dash) itemIndent = indent;
          else items = false;
        }
        if (dash && indent === itemIndent) listItems++;
        // A top-level key after the items: the sequence is over.
        else if (indent === 0 && !dash) items = false;
      }
    }
    at = next;
  }
  endDocument();
  return total;
}

/** A `List` as `kubectl get -o yaml` prints it: its items are the resources, not the list. */
function listItems(doc: Document.Parsed): number | undefined {
  const contents = doc.contents;
  if (!isMap(contents)) return undefined;
  const kind: unknown = contents.get('kind');
  const items: unknown = contents.get('items', true);
  if (typeof kind !== 'string' || !kind.endsWith('List')) return undefined;
  if (isSeq(items)) return items.items.length;
  return kind === 'List' ? 0 : undefined;
}

export function isListDocument(doc: Document.Parsed): boolean {
  return listItems(doc) !== undefined;
}

/** The resources a parsed document holds, before any of them is built: one, or a List's items. */
export function countResourcesInDocument(doc: Document.Parsed): number {
  if (doc.errors.length > 0 || !isMap(doc.contents)) return 0;
  return listItems(doc) ?? 1;
}

/**
 * How deep the data a document stands for nests, read from its syntax tree (walked without
 * recursion, so no depth overflows it): a List's items count from themselves, as each is kept
 * as a resource of its own.
 */
export function documentNesting(doc: Document.Parsed): number {
  let deepest = 0;
  // Two stacks side by side rather than a pair per node: this walks every node of every import.
  const nodes: unknown[] = [doc.contents];
  const depths: number[] = [0];
  const visit = (child: unknown, depth: number) => {
    if (!isCollection(child)) return;
    nodes.push(child);
    depths.push(depth);
  };
  while (nodes.length > 0) {
    const node = nodes.pop();
    const here = depths.pop()! + 1;
    if (!isCollection(node)) continue;
    if (here > deepest) deepest = here;
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        visit(item.key, here);
        visit(item.value, here);
      } else visit(item, here);
    }
  }
  return listItems(doc) === undefined ? deepest : Math.max(deepest - 2, 0);
}

/**
 * Beyond this many levels the YAML parser is not given a text at all: it recurses once a level
 * and runs out of stack near 800 (in Node, ten thousand levels crash the process outright).
 */
export const MAX_PARSED_NESTING = 400;

/**
 * An upper bound of how deep a text nests, from its characters alone, and the line where it
 * is reached: each block level indents by at least one column (a sequence under a key, at the
 * key's column, adds two levels in two columns), each flow level opens a bracket. Brackets in
 * quoted strings and block scalars are counted too, which only makes the bound larger.
 */
export function nestingBound(text: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  let flow = 0;
  let line = 1;
  let column = 0;
  let indenting = true;
  let comment = false;
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === 10) {
      line++;
      column = 0;
      indenting = true;
      comment = false;
      if (text.startsWith('---', at + 1)) flow = 0;
      continue;
    }
    if (comment) continue;
    // Spaces and the `- `, `? `, `: ` indicators before a line's content are block levels.
    if (indenting && (c === 32 || c === 45 || c === 63 || c === 58)) column++;
    else indenting = false;
    if (c === 35 && (at === 0 || text.charCodeAt(at - 1) <= 32)) comment = true;
    else if (c === 91 || c === 123) flow++;
    else if ((c === 93 || c === 125) && flow > 0) flow--;
    const depth = column + 2 + flow;
    if (depth > deepest.depth) deepest = { depth, line };
  }
  return deepest;
}
