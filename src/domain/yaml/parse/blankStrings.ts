import {
  Document,
  Scalar,
  visit,
  type CreateNodeOptions,
  type DocumentOptions,
  type Node,
  type SchemaOptions,
  type ToStringOptions,
} from 'yaml';

/** Only spaces, tabs and line breaks, with at least one line break. */
const BLANK_LINES = /^[ \t\n]*\n[ \t\n]*$/;

/**
 * Writes strings made only of whitespace and line breaks (an annotation of `" \n"`) double
 * quoted. yaml 2.9 writes them as a `|+` block without an indentation indicator, and a block
 * line holding nothing but spaces is an empty line when read back: `" \n"` came back as `"\n"`.
 */
export function quoteBlankStrings(node: Document | Node): void {
  visit(node, {
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && BLANK_LINES.test(scalar.value))
        scalar.type = Scalar.QUOTE_DOUBLE;
    },
  });
}

type StringifyOptions = DocumentOptions & SchemaOptions & CreateNodeOptions & ToStringOptions;

/** yaml's `stringify`, with whitespace-only strings written so that they read back the same. */
export function stringifyYaml(value: unknown, options: StringifyOptions): string {
  const doc = new Document(value, options);
  quoteBlankStrings(doc);
  return doc.toString(options);
}
