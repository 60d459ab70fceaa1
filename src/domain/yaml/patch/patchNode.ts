import {
  type Alias,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  visit,
  type Document,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { alignItems } from './alignItems';
import { endsInComment, joinComments, splitComment } from './comments';
import { isObject } from '../../lib/isObject';
import { presentKeys, sameData } from '../../lib/sameData';

/** As many as the import gate expands (importYaml's MAX_ALIASES); a bomb gets a fresh text. */
export const MAX_ALIAS_COUNT = 100;
const NEW_NODE = { aliasDuplicateObjects: false } as const;

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
  if (isMap(node) && isObject(next) && patchMap(node, next, place)) return node;
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

/** Patches `doc` (parsed from `source`) node by node, so that it holds `next`. */
export function patchNodes(doc: Document, source: string, next: unknown): void {
  const place = { doc, source, anchored: anchoredNodes(doc), inFlow: false, keyLine: false };
  doc.contents = patchNode(doc.contents, next, place);
}
