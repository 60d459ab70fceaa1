import {
  isCollection,
  isMap,
  isNode,
  isSeq,
  visit,
  type Document,
  type ToStringOptions,
} from 'yaml';

function columnOf(source: string, offset: number): number {
  return offset - (source.lastIndexOf('\n', offset - 1) + 1);
}

/** Indentation, sequence indentation and flow padding as the source uses them (first seen). */
export function writingStyleOf(doc: Document, source: string): ToStringOptions {
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
