import fc from 'fast-check';
import { parseAllDocuments, stringify, type Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  countResourcesInDocument,
  countResourcesInText,
  documentNesting,
  nestingBound,
} from './importCaps';

const pool = (name: string, indent = '') =>
  `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: ${name}
spec:
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements:
        - key: kubernetes.io/arch
          operator: In
          values:
            - amd64
`
    .split('\n')
    .map((line, i) => (line === '' ? line : `${indent}${i === 0 ? '- ' : '  '}${line}`))
    .join('\n');

const list = (n: number, indent = '  ') =>
  `apiVersion: v1\nkind: List\nitems:\n${Array.from({ length: n }, (_, i) => pool(`p${i}`, indent)).join('')}`;

function onlyDocument(text: string): Document.Parsed {
  const [doc] = parseAllDocuments(text) as Document.Parsed[];
  if (!doc) throw new Error('no document');
  return doc;
}

describe('countResourcesInText', () => {
  it('counts documents with content, not empty ones or comments between them', () => {
    const doc = 'apiVersion: v1\nkind: ConfigMap\n';
    expect(
      countResourcesInText(`# head\n---\n${doc}---\n# only a comment\n---\n\n---\n${doc}`),
    ).toBe(2);
    expect(countResourcesInText(`${doc}...\n--- {kind: Foo}\n`)).toBe(2);
    expect(countResourcesInText('')).toBe(0);
    expect(countResourcesInText('\r\n# nothing\r\n---\r\n')).toBe(0);
  });

  it('counts each item of a block-style List, however it is indented', () => {
    expect(countResourcesInText(list(3))).toBe(3);
    expect(countResourcesInText(list(4, ''))).toBe(4);
    expect(countResourcesInText(`${list(2)}metadata: {resourceVersion: ""}\n---\n${list(5)}`)).toBe(
      7,
    );
  });

  it('agrees with the parser on a List of real manifests', () => {
    const text = list(25);
    expect(countResourcesInText(text)).toBe(countResourcesInDocument(onlyDocument(text)));
  });

  it('counts a flow-style List as one until it is parsed', () => {
    const text = 'kind: List\nitems: [{kind: A}, {kind: B}]\n';
    expect(countResourcesInText(text)).toBe(1);
    expect(countResourcesInDocument(onlyDocument(text))).toBe(2);
  });
});

describe('documentNesting', () => {
  it('measures the deepest collection, a List from its items', () => {
    expect(documentNesting(onlyDocument('a: {b: [1, {c: 2}]}'))).toBe(4);
    expect(documentNesting(onlyDocument('scalar'))).toBe(0);
    expect(documentNesting(onlyDocument(list(1)))).toBe(
      documentNesting(onlyDocument(pool('x').replace(/^- /, '  ').replace(/^ {2}/gm, ''))),
    );
  });

  it('walks a thousand levels without running out of stack', () => {
    const deep = `${'['.repeat(600)}${']'.repeat(600)}`;
    expect(documentNesting(onlyDocument(deep))).toBe(600);
  });
});

// Import walks a document for its depth only when the text's bound says it may be too deep, so
// the bound must never be below the depth, however the YAML is written.
describe('nestingBound', () => {
  const value: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.boolean()),
      fc.array(tie('node'), { maxLength: 3 }),
      fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), tie('node'), { maxKeys: 3 }),
    ),
  })).node;
  const style = fc.record({
    collectionStyle: fc.constantFrom<'any' | 'block' | 'flow'>('any', 'block', 'flow'),
    indent: fc.integer({ min: 1, max: 4 }),
    indentSeq: fc.boolean(),
    flowCollectionPadding: fc.boolean(),
    lineWidth: fc.constantFrom(0, 20, 80),
  });

  it('is at least the depth of every document the text holds', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 3 }), style, (values, options) => {
        const text = values.map((v) => stringify(v, options)).join('---\n');
        const bound = nestingBound(text).depth;
        for (const doc of parseAllDocuments(text) as Document.Parsed[])
          expect(bound).toBeGreaterThanOrEqual(documentNesting(doc));
      }),
      { numRuns: 400 },
    );
  });
});
