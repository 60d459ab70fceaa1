import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import type { ParsedText } from '../../domain/yaml/parse/parseManifestText';

/** One resource's mapping in a parsed file: a document's contents, or an item of a `List`. */
export interface ResourceNode {
  doc: Document.Parsed;
  /** The mapping itself; undefined when the document has no mapping to point into. */
  node: Node | undefined;
  /** True when the resource is one item of a `kubectl get -o yaml` List. */
  item: boolean;
}

function scalarAt(map: YAMLMap, key: string): unknown {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  return isScalar(pair?.value) ? pair.value.value : undefined;
}

function nameOf(map: YAMLMap): unknown {
  const metadata = map.items.find((p) => isScalar(p.key) && p.key.value === 'metadata')?.value;
  return isMap(metadata) ? scalarAt(metadata, 'name') : undefined;
}

/**
 * The node a resource was read from: the document starting at `line`, and in a List the item
 * of that kind and name (the import gives every item the List's line).
 */
export function resourceNode(
  parsed: ParsedText,
  line: number,
  identity: { kind: string; name: string },
): ResourceNode | undefined {
  for (const entry of parsed.documents) {
    if ('skipped' in entry || entry.line !== line) continue;
    const { doc, list } = entry;
    const contents = doc.contents ?? undefined;
    if (!list || !isMap(contents)) return { doc, node: contents, item: false };
    const items = contents.items.find((p) => isScalar(p.key) && p.key.value === 'items')?.value;
    const found = isSeq(items)
      ? items.items.find(
          (i) => isMap(i) && scalarAt(i, 'kind') === identity.kind && nameOf(i) === identity.name,
        )
      : undefined;
    return { doc, node: found ?? contents, item: found !== undefined };
  }
  return undefined;
}
