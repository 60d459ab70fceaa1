import {
  type Alias,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node,
  type ToStringOptions,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { quoteBlankStrings, stringifyYaml } from './blankStrings';
import { presentKeys, sameData } from '../lib/sameData';

/** As many as the import gate expands (importYaml's MAX_ALIASES); a bomb gets a fresh text. */
const MAX_ALIAS_COUNT = 100;
/** Longest-common-subsequence tables beyond this many cells give way to a coarser answer. */
const MAX_TABLE_CELLS = 1_000_000;
/**
 * Fields that name an item of a Kubernetes list, so an edited item is told from a new one:
 * requirements and taints by `key`, most lists by `name`, blockDeviceMappings by `deviceName`.
 */
const ITEM_NAME_FIELDS = ['key', 'name', 'deviceName'] as const;
// compat: kubectl reads YAML 1.1, so strings it would misread (`on`, `0o7`, `y`) are quoted.
const PARSE_OPTIONS = { uniqueKeys: true, compat: 'yaml-1.1' } as const;
const NEW_NODE = { aliasDuplicateObjects: false } as const;

/**
 * Rewrites `sourceText` (one YAML document as the user wrote it) so it parses to `next`, keeping
 * comments, key order, quoting style, flow/block style, blank lines and anchors of everything
 * that did not change.
 *
 * The Document is patched node by node, then written out; lines that did not change keep the
 * user's exact text even where yaml would have written them differently (aligned comments,
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
    const anchored = anchoredNodes(doc);
    const place = { doc, source, anchored, inFlow: false, keyLine: false };
    doc.contents = patchNode(doc.contents, next, place);
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

interface Place {
  doc: Document;
  source: string;
  /** The node each alias of the source resolved to before anything changed. */
  anchored: Map<Alias, Node>;
  /** Inside a flow collection, where everything is written in flow style. */
  inFlow: boolean;
  /** The node's key line ends in a comment, which yaml files before the node's first entry. */
  keyLine: boolean;
}

function valueOf(node: unknown, place: Place): unknown {
  return isNode(node) ? node.toJS(place.doc, { maxAliasCount: MAX_ALIAS_COUNT }) : node;
}

/** The node to put where `node` was so that it holds `next`: `node` itself wherever possible. */
function patchNode(node: unknown, next: unknown, place: Place): Node {
  if (isAlias(node)) {
    // Nodes before this one are final, so the anchor it resolves to holds its final data.
    const target = node.resolve(place.doc);
    if (target && sameData(valueOf(target, place), next)) return node;
    const original = place.anchored.get(node);
    if (original && original !== target && isMovable(original, place.doc)) {
      if (sameData(valueOf(original, place), next)) {
        // Its anchored node was removed: the node moves here, and later aliases find it here.
        original.commentBefore = node.commentBefore;
        original.comment = node.comment;
        original.spaceBefore = node.spaceBefore;
        return original;
      }
    }
    return fresh(next, node, place);
  }
  if (isScalar(node)) {
    if (sameData(valueOf(node, place), next)) return node;
    const kind = typeof next;
    if (
      kind === typeof node.value &&
      (kind === 'string' || kind === 'number' || kind === 'boolean')
    ) {
      node.value = next;
      // `0x1F`, `1.50`, `True`: the old spelling of the old value says nothing about the new one.
      delete node.format;
      delete node.minFractionDigits;
      delete node.source;
      return node;
    }
    return fresh(next, node, place);
  }
  if (isMap(node) && isPlainMap(next) && patchMap(node, next, place)) return node;
  if (isSeq(node) && Array.isArray(next)) {
    patchSeq(node, next, place);
    return node;
  }
  return fresh(next, node, place);
}

function anchoredNodes(doc: Document): Map<Alias, Node> {
  const anchored = new Map<Alias, Node>();
  visit(doc, {
    Alias(_, alias) {
      const target = alias.resolve(doc);
      if (target) anchored.set(alias, target);
    },
  });
  return anchored;
}

/** No longer in the document, and holding no alias whose meaning would change if it moved. */
function isMovable(node: Node, doc: Document): boolean {
  let blocked = false;
  const block = () => {
    blocked = true;
    return visit.BREAK;
  };
  visit(doc, { Node: (_, seen) => (seen === node ? block() : undefined) });
  if (!blocked) visit(node, { Alias: block });
  return !blocked;
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A new node for `next`, with the comments, blank line and anchor of the node it replaces. */
function fresh(next: unknown, old: unknown, place: Place): Node {
  const node = place.doc.createNode(next, NEW_NODE);
  // See patchSeq: an empty collection is written in flow style so its comments cannot break it.
  if (isCollection(node) && node.items.length === 0) node.flow = true;
  if (isNode(old)) {
    node.commentBefore = old.commentBefore;
    node.comment = old.comment;
    node.spaceBefore = old.spaceBefore;
    if (!isAlias(old) && old.anchor && !isAlias(node)) node.anchor = old.anchor;
  }
  return node;
}

/** The key as `toJS` spells it on a plain object, or undefined for a complex or merge key. */
function keyOf(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  const { value } = key;
  if (value === null) return '';
  if (typeof value === 'string') return value;
  const plain =
    typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint';
  return plain ? String(value) : undefined;
}

/** False when the map's keys cannot be matched one to one with the data's keys. */
function patchMap(map: YAMLMap, next: Record<string, unknown>, place: Place): boolean {
  const keys = map.items.map((pair) => keyOf(pair.key));
  if (keys.some((key) => key === undefined) || new Set(keys).size !== keys.length) return false;
  const wanted = (key: string) => Object.hasOwn(next, key) && next[key] !== undefined;
  const kept = map.items.filter((_, index) => wanted(keys[index] ?? ''));
  const first = map.items[0];
  if (first && kept[0] !== first) {
    // yaml files the comment above a map's first key on the map (nested) or the key (top level).
    map.commentBefore = splitComment(map.commentBefore, place.keyLine).stays;
    const firstKey = isNode(first.key) ? first.key : undefined;
    const { stays } = splitComment(firstKey?.commentBefore, false);
    const heir = kept[0]?.key;
    if (isNode(heir)) {
      heir.spaceBefore = firstKey?.spaceBefore;
      if (stays) heir.commentBefore = joinComments(stays, heir.commentBefore, true);
    } else if (stays) {
      map.commentBefore = joinComments(map.commentBefore ?? '', stays, false);
    }
  }
  map.items = kept;
  const inFlow = place.inFlow || Boolean(map.flow);
  for (const pair of kept) {
    const key = keyOf(pair.key) ?? '';
    pair.value = patchNode(pair.value, next[key], {
      ...place,
      inFlow,
      keyLine: endsInComment(pair.key, place.source),
    });
  }
  const known = new Set(keys);
  for (const key of presentKeys(next)) {
    if (known.has(key)) continue;
    // `{}` is how an empty map is written; once it has entries it reads like its block siblings.
    if (map.flow && map.items.length === 0 && !place.inFlow) map.flow = false;
    map.items.push(place.doc.createPair(key, next[key], NEW_NODE));
  }
  if (map.items.length === 0) map.flow = true;
  return true;
}

function patchSeq(seq: YAMLSeq, next: unknown[], place: Place): void {
  const items = seq.items;
  const partner = alignItems(
    items.map((item) => valueOf(item, place)),
    next,
  );
  const first = items[0];
  if (isNode(first) && partner[0] !== 0) {
    // yaml files the comment above a list's first item on the list: it goes where the item goes.
    const { stays, goes } = splitComment(seq.commentBefore, place.keyLine);
    seq.commentBefore = stays;
    const heir = items[partner[0] ?? -1];
    if (partner.includes(0)) {
      if (goes) first.commentBefore = joinComments(goes, first.commentBefore, false);
    } else if (isNode(heir)) {
      heir.spaceBefore = first.spaceBefore;
    }
  }
  // `[]` is how an empty list is written; once it has items it reads like its block siblings.
  if (seq.flow && items.length === 0 && next.length > 0 && !place.inFlow) seq.flow = false;
  // An emptied block list with a comment or blank line before it comes out as `[]` on a line of
  // its own, which does not parse; written in flow style, as empty ones are anyway, it does.
  if (next.length === 0) seq.flow = true;
  const inner = { ...place, inFlow: place.inFlow || Boolean(seq.flow), keyLine: false };
  // The new order goes in before any item is patched, so aliases resolve against it.
  seq.items = next.map((value, j) => {
    const i = partner[j] ?? -1;
    return i >= 0 ? items[i] : fresh(value, undefined, place);
  });
  next.forEach((value, j) => {
    if ((partner[j] ?? -1) >= 0) seq.items[j] = patchNode(seq.items[j], value, inner);
  });
}

/**
 * For each item of `next`, the index of the source item it continues, or -1 for a new item.
 * Unchanged items are matched first (a longest common subsequence), then, between them, items
 * with the same name field (an edited requirement keeps its comment), then items by position
 * where the gap is the same length on both sides or the list has no name field.
 */
function alignItems(values: unknown[], next: unknown[]): number[] {
  const partner = next.map(() => -1);
  const field = nameFieldOf(values, next);
  const nameOf = (item: unknown) => (field ? (item as Record<string, unknown>)[field] : undefined);
  const pair = (i: number, j: number) => (partner[j] = i);
  const byIndex: Gap = (i0, i1, j0, j1) => {
    if (field && i1 - i0 !== j1 - j0) return;
    for (let k = 0; k < Math.min(i1 - i0, j1 - j0); k++) pair(i0 + k, j0 + k);
  };
  const byName: Gap = (i0, i1, j0, j1) => {
    const sameName = (i: number, j: number) => Number(nameOf(values[i]) === nameOf(next[j]));
    walkMatches(i0, i1, j0, j1, sameName, pair, byIndex);
  };
  const sameValue = (i: number, j: number) => Number(sameData(values[i], next[j]));
  walkMatches(0, values.length, 0, next.length, sameValue, pair, field ? byName : byIndex);
  return partner;
}

function nameFieldOf(values: unknown[], next: unknown[]): string | undefined {
  const all = [...values, ...next];
  return ITEM_NAME_FIELDS.find((field) =>
    all.every((item) => {
      const name = isPlainMap(item) ? item[field] : undefined;
      return typeof name === 'string' || typeof name === 'number';
    }),
  );
}

/** How well item i of one list matches item j of another: 0 for not at all. */
type Score = (i: number, j: number) => number;
/** A run of unmatched items: [i0, i1) of the first list against [j0, j1) of the second. */
type Gap = (i0: number, i1: number, j0: number, j1: number) => void;

/**
 * Calls `onMatch` for the pairs of a heaviest common subsequence of [i0, i1) and [j0, j1), and
 * `onGap` for each run between them (possibly empty), in order.
 */
function walkMatches(
  i0: number,
  i1: number,
  j0: number,
  j1: number,
  score: Score,
  onMatch: (i: number, j: number) => void,
  onGap: Gap,
  best = 1,
): void {
  let i = i0;
  let j = j0;
  const local = (a: number, b: number) => score(i0 + a, j0 + b);
  for (const [a, b] of commonSubsequence(i1 - i0, j1 - j0, local, best)) {
    onGap(i, i0 + a, j, j0 + b);
    onMatch(i0 + a, j0 + b);
    i = i0 + a + 1;
    j = j0 + b + 1;
  }
  onGap(i, i1, j, j1);
}

/**
 * Index pairs of a common subsequence of two lists of lengths `n` and `m` with the largest total
 * score (a longest one when scores are 0 or 1). A head and tail that match with the `best` score
 * are taken first; a middle too large for a table stays unmatched.
 */
function commonSubsequence(n: number, m: number, score: Score, best = 1): [number, number][] {
  let head = 0;
  while (head < n && head < m && score(head, head) >= best) head++;
  let tail = 0;
  while (tail < n - head && tail < m - head && score(n - 1 - tail, m - 1 - tail) >= best) tail++;
  const pairs: [number, number][] = [];
  for (let k = 0; k < head; k++) pairs.push([k, k]);
  const rows = n - head - tail;
  const cols = m - head - tail;
  if (rows > 0 && cols > 0 && rows * cols <= MAX_TABLE_CELLS) {
    const width = cols + 1;
    const scores = new Uint8Array(rows * cols);
    const total = new Uint32Array((rows + 1) * width);
    const at = (i: number, j: number) => total[i * width + j] ?? 0;
    for (let i = rows - 1; i >= 0; i--) {
      for (let j = cols - 1; j >= 0; j--) {
        const here = score(head + i, head + j);
        scores[i * cols + j] = here;
        const diagonal = here > 0 ? here + at(i + 1, j + 1) : 0;
        total[i * width + j] = Math.max(diagonal, at(i + 1, j), at(i, j + 1));
      }
    }
    let i = 0;
    let j = 0;
    while (i < rows && j < cols) {
      const here = scores[i * cols + j] ?? 0;
      if (here > 0 && at(i, j) === here + at(i + 1, j + 1)) {
        pairs.push([head + i, head + j]);
        i++;
        j++;
      } else if (at(i + 1, j) >= at(i, j + 1)) i++;
      else j++;
    }
  }
  for (let k = tail; k > 0; k--) pairs.push([n - k, m - k]);
  return pairs;
}

/**
 * A comment yaml filed before a collection's first entry, split into the part that belongs to
 * that entry (the paragraph right above it) and the part that stays (earlier paragraphs, and a
 * comment on the collection's own key line).
 */
function splitComment(
  comment: string | null | undefined,
  keyLine: boolean,
): { stays: string | undefined; goes: string | undefined } {
  if (!comment) return { stays: undefined, goes: undefined };
  const lines = comment.split('\n');
  const blank = lines.lastIndexOf('');
  const cut = blank >= 0 ? blank : keyLine ? 1 : 0;
  const stays = lines.slice(0, cut).join('\n');
  const goes = lines.slice(blank >= 0 ? blank + 1 : cut).join('\n');
  return { stays: stays || undefined, goes: goes || undefined };
}

/** Two comments as one; `apart` keeps the blank line that separated a paragraph from the next. */
function joinComments(above: string, below: string | null | undefined, apart: boolean): string {
  if (!above) return below ?? '';
  // An empty last line is written as a blank line between the comment and what follows.
  if (!below) return apart ? `${above}\n` : above;
  return apart ? `${above}\n\n${below}` : `${above}\n${below}`;
}

/** The source line of `key` ends in a comment after the `:` (`taints: # from the GPU team`). */
function endsInComment(key: unknown, source: string): boolean {
  if (!isNode(key) || !key.range) return false;
  const end = key.range[1];
  const lineEnd = source.indexOf('\n', end);
  const rest = source.slice(end, lineEnd === -1 ? undefined : lineEnd);
  return /^[ \t]*:[ \t]*(?:[&!]\S*[ \t]+)*#/.test(rest);
}

function columnOf(source: string, offset: number): number {
  return offset - (source.lastIndexOf('\n', offset - 1) + 1);
}

/** Indentation, sequence indentation and flow padding as the source uses them (first seen). */
function writingStyleOf(doc: Document, source: string): ToStringOptions {
  const style: ToStringOptions = { lineWidth: 0 };
  let seqOffset: number | undefined;
  visit(doc, {
    Pair(_, pair) {
      const { key, value } = pair;
      if (!isNode(key) || !key.range || !isCollection(value) || value.flow || !value.range) return;
      const keyColumn = columnOf(source, key.range[0]);
      if (isSeq(value) && seqOffset === undefined && value.items.length > 0) {
        seqOffset = columnOf(source, value.range[0]) - keyColumn;
      }
      const child = isMap(value) ? value.items[0]?.key : undefined;
      if (style.indent === undefined && isNode(child) && child.range) {
        const indent = columnOf(source, child.range[0]) - keyColumn;
        if (indent >= 1 && indent <= 8) style.indent = indent;
      }
    },
    Collection(_, node) {
      if (!node.flow || !node.range || node.items.length === 0) return;
      const inside = source[node.range[0] + 1];
      if (style.flowCollectionPadding === undefined && inside !== '\n') {
        style.flowCollectionPadding = inside === ' ';
      }
    },
  });
  // yaml indents a list by `indent` under its key, or by `indent - 2` without indentSeq.
  if (style.indent === undefined && seqOffset !== undefined && seqOffset >= 2 && seqOffset <= 8) {
    style.indent = seqOffset;
  }
  if (seqOffset !== undefined) style.indentSeq = seqOffset > (style.indent ?? 2) - 2;
  return style;
}

const indentOf = (line: string) => line.length - line.trimStart().length;
const isContent = (line: string | undefined) => line !== undefined && line.trim() !== '';
const isStructure = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');

/**
 * `patched` with every line that did not change since `normalised` (the untouched document as
 * yaml writes it) taken back from `source` as the user wrote it. New lines are shifted to the
 * indentation the source uses at their depth. Undefined when there is nothing to take back.
 */
function keepSourceLines(source: string, normalised: string, patched: string): string | undefined {
  if (source === normalised) return undefined;
  // Without the final newline: its empty "line" would tie the last run of lines to the end.
  const linesOf = (text: string) => (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
  const sourceLines = linesOf(source);
  const before = linesOf(normalised);
  const after = linesOf(patched);
  const keptAt = before.map(() => -1);
  const [beforeIds = [], afterIds = []] = lineIds([before, after], (line) => line);
  const same = (a: number, b: number) => Number(beforeIds[a] === afterIds[b]);
  for (const [a, b] of commonSubsequence(before.length, after.length, same)) keptAt[a] = b;
  const lastKeptBefore = (a: number) => {
    for (let k = a - 1; k >= 0; k--) if ((keptAt[k] ?? -1) >= 0) return keptAt[k] ?? -1;
    return -1;
  };

  const out: string[] = [];
  // How far the source's indentation is from yaml's, by yaml's indentation; deeper levels reset.
  const shift = new Map<number, number>();
  const record = (indent: number, by: number) => {
    for (const level of shift.keys()) if (level > indent) shift.delete(level);
    shift.set(indent, by);
  };
  const shiftAt = (indent: number) => {
    let best = -1;
    for (const level of shift.keys()) if (level <= indent && level > best) best = level;
    return shift.get(best) ?? 0;
  };
  let b = 0;
  let pending: string[] = [];
  const writePatched = (to: number) => {
    for (; b < to; b++) {
      const line = after[b] ?? '';
      const by = isStructure(line) ? shiftAt(indentOf(line)) : 0;
      if (isStructure(line)) record(indentOf(line), by);
      out.push(by >= 0 ? ' '.repeat(by) + line : line.slice(Math.min(-by, indentOf(line))));
    }
  };
  const flushPending = () => {
    out.push(...pending);
    pending = [];
  };

  for (const group of alignedGroups(before, sourceLines)) {
    const { a0, a1, s0, s1 } = group;
    if (a0 === a1) {
      pending.push(...sourceLines.slice(s0, s1));
      continue;
    }
    const b0 = keptAt[a0] ?? -1;
    let whole = b0 >= b;
    for (let a = a0 + 1; whole && a < a1; a++) whole = keptAt[a] === b0 + (a - a0);
    if (!whole) {
      writePatched(Math.max(b, b0 >= 0 ? b0 : lastKeptBefore(a0) + 1));
      flushPending();
      continue;
    }
    writePatched(b0);
    flushPending();
    const taken = sourceLines.slice(s0, s1);
    const yamlLine = before[a0] ?? '';
    if (
      taken.length === 1 &&
      a1 - a0 === 1 &&
      isStructure(yamlLine) &&
      isStructure(taken[0] ?? '')
    ) {
      record(indentOf(yamlLine), indentOf(taken[0] ?? '') - indentOf(yamlLine));
    }
    out.push(...taken);
    b = b0 + (a1 - a0);
  }
  writePatched(after.length);
  flushPending();
  const finalNewline = source.endsWith('\n') || source.trim() === '';
  return out.join('\n') + (finalNewline ? '\n' : '');
}

/**
 * Every line as a number, the same for lines with the same key, so that tables compare numbers;
 * a line without a key (undefined) matches no other.
 */
function lineIds(lists: string[][], keyFor: (line: string) => string | undefined): number[][] {
  const ids = new Map<string, number>();
  let unmatched = -1;
  return lists.map((lines) =>
    lines.map((line) => {
      const key = keyFor(line);
      if (key === undefined) return unmatched--;
      const id = ids.get(key) ?? ids.size;
      ids.set(key, id);
      return id;
    }),
  );
}

function withoutBlankEnds(lines: string[], from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && !isContent(lines[start])) start++;
  while (end > start && !isContent(lines[end - 1])) end--;
  return [start, end];
}

interface Group {
  a0: number;
  a1: number;
  s0: number;
  s1: number;
}

/**
 * The lines of yaml's text and of the source, cut into corresponding groups: lines equal, or
 * equal but for spacing and case (`0x1F`, an aligned comment), one to one; whatever differs more
 * (a comment yaml moved off its key line, a folded scalar) run by run.
 */
function alignedGroups(yamlLines: string[], sourceLines: string[]): Group[] {
  const groups: Group[] = [];
  const one = (a: number, s: number) => groups.push({ a0: a, a1: a + 1, s0: s, s1: s + 1 });
  const push = (a0: number, a1: number, s0: number, s1: number) => {
    if (a1 > a0 || s1 > s0) groups.push({ a0, a1, s0, s1 });
  };
  // Blank lines at either end of a run go apart, so that lines added next to the run do not
  // split it (yaml often writes a trailing comment of the source onto the line before).
  const whole: Gap = (a0, a1, s0, s1) => {
    const [x0, x1] = withoutBlankEnds(yamlLines, a0, a1);
    const [y0, y1] = withoutBlankEnds(sourceLines, s0, s1);
    push(a0, x0, s0, y0);
    push(x0, x1, y0, y1);
    push(x1, a1, y1, s1);
  };
  // Blank lines never match: yaml drops and adds some, and matching the wrong one would pull the
  // lines around it out of step. They go with the run of lines they sit in.
  const lists = [yamlLines, sourceLines];
  const [yamlIds = [], sourceIds = []] = lineIds(lists, (line) =>
    isContent(line) ? line : undefined,
  );
  const [yamlLoose = [], sourceLoose = []] = lineIds(lists, (line) =>
    isContent(line) ? line.trim().replace(/\s+/g, ' ').toLowerCase() : undefined,
  );
  // Equal lines weigh more than lines equal but for spacing and case; two of those still outweigh
  // one equal line they would cross (`#` matching a ` #` above rather than the `#` below it).
  const score = (a: number, s: number) =>
    yamlIds[a] === sourceIds[s] ? 3 : yamlLoose[a] === sourceLoose[s] ? 2 : 0;
  walkMatches(0, yamlLines.length, 0, sourceLines.length, score, one, whole, 3);
  return groups;
}
