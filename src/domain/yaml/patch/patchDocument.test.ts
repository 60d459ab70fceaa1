import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, isCollection, isScalar, parse, Scalar, visit } from 'yaml';
import { patchDocument } from './patchDocument';
import { sameData } from '../../lib/sameData';

function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}

function only(text: string, line: string): number {
  const all = text.split('\n');
  const at = all.indexOf(line);
  if (at < 0 || all.lastIndexOf(line) !== at) throw new Error(`not exactly one line "${line}"`);
  return at;
}

function replaceLine(text: string, line: string, by: string): string {
  const all = text.split('\n');
  all[only(text, line)] = by;
  return all.join('\n');
}

function insertAfter(text: string, line: string, ...added: string[]): string {
  const all = text.split('\n');
  all.splice(only(text, line) + 1, 0, ...added);
  return all.join('\n');
}

function removeLines(text: string, first: string, count: number): string {
  const all = text.split('\n');
  all.splice(only(text, first), count);
  return all.join('\n');
}

interface Requirement {
  key: string;
  operator: string;
  values: string[];
}
interface Pool {
  metadata: { labels: Record<string, string> };
  spec: {
    weight: number;
    template: {
      metadata: { labels: Record<string, string> };
      spec: {
        nodeClassRef: Record<string, string>;
        requirements: Requirement[];
        taints: { key: string; effect: string }[];
      };
    };
    limits: Record<string, string>;
  };
}

/** The data of `text` after `change`: what the designer hands over after one edit. */
function edited(text: string, change: (pool: Pool) => void): Pool {
  const pool = parse(text) as Pool;
  change(pool);
  return pool;
}

function reads(text: string): unknown {
  return parse(text, { uniqueKeys: true });
}

/** A NodePool as someone wrote it by hand: comments, own key order, flow maps, an alias. */
const GPU_POOL = lines(
  '# GPU pool for the training team',
  'apiVersion: karpenter.sh/v1',
  'kind: NodePool',
  'metadata:',
  '  name: gpu-training # why: the queue is named after the team',
  '  labels: &labels',
  "    team: 'ml'",
  '    tier: gold',
  'spec:',
  '  weight: 10 # above the default pool',
  '  template:',
  '    metadata:',
  '      labels: *labels',
  '    spec:',
  '      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: gpu}',
  '      requirements:',
  '        # spot first, on-demand as the fallback',
  '        - key: karpenter.sh/capacity-type',
  '          operator: In',
  "          values: ['spot', 'on-demand']",
  '',
  '        # GPU families only',
  '        - key: karpenter.k8s.aws/instance-family',
  '          operator: In',
  '          values: [p4d, p5]',
  '      taints:',
  '        # keep CPU jobs away',
  '        - key: nvidia.com/gpu',
  '          effect: NoSchedule',
  '        # drained before maintenance',
  '        - key: example.com/maintenance',
  '          effect: NoExecute',
  '  limits:',
  '    cpu: "1000"',
);

describe('patching a hand-written NodePool', () => {
  it('changes only the weight line when spec.weight changes', () => {
    const next = edited(GPU_POOL, (pool) => (pool.spec.weight = 20));
    expect(patchDocument(GPU_POOL, next)).toBe(
      replaceLine(
        GPU_POOL,
        '  weight: 10 # above the default pool',
        '  weight: 20 # above the default pool',
      ),
    );
  });

  it('adds one line for a new label, and the alias that shares the labels stays', () => {
    const next = edited(GPU_POOL, (pool) => (pool.metadata.labels['zone'] = 'eu'));
    expect(next.spec.template.metadata.labels['zone']).toBe('eu');
    expect(patchDocument(GPU_POOL, next)).toBe(
      insertAfter(GPU_POOL, '    tier: gold', '    zone: eu'),
    );
  });

  it('removes a taint together with the comment above it', () => {
    const next = edited(GPU_POOL, (pool) => pool.spec.template.spec.taints.splice(1, 1));
    expect(patchDocument(GPU_POOL, next)).toBe(
      removeLines(GPU_POOL, '        # drained before maintenance', 3),
    );
  });

  it('removes the first taint with the comment above it, which yaml files on the list', () => {
    const next = edited(GPU_POOL, (pool) => pool.spec.template.spec.taints.shift());
    expect(patchDocument(GPU_POOL, next)).toBe(
      removeLines(GPU_POOL, '        # keep CPU jobs away', 3),
    );
  });

  it("keeps the comment above a requirement whose values change, and the list's blank line", () => {
    const next = edited(GPU_POOL, (pool) =>
      pool.spec.template.spec.requirements[1]?.values.push('g6'),
    );
    expect(patchDocument(GPU_POOL, next)).toBe(
      replaceLine(GPU_POOL, '          values: [p4d, p5]', '          values: [p4d, p5, g6]'),
    );
  });

  it('keeps the comment of a requirement that moves down when one is inserted before it', () => {
    const next = edited(GPU_POOL, (pool) =>
      pool.spec.template.spec.requirements.unshift({
        key: 'kubernetes.io/arch',
        operator: 'In',
        values: ['amd64'],
      }),
    );
    expect(patchDocument(GPU_POOL, next)).toBe(
      insertAfter(
        GPU_POOL,
        '      requirements:',
        '        - key: kubernetes.io/arch',
        '          operator: In',
        '          values:',
        '            - amd64',
      ),
    );
  });

  it('adds to a flow map in flow style', () => {
    const next = edited(GPU_POOL, (pool) => (pool.spec.template.spec.nodeClassRef['extra'] = 'x'));
    expect(patchDocument(GPU_POOL, next)).toBe(
      replaceLine(
        GPU_POOL,
        '      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: gpu}',
        '      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: gpu, extra: x}',
      ),
    );
  });

  it('keeps single quotes on a changed single-quoted string and double quotes on a number-like one', () => {
    const next = edited(GPU_POOL, (pool) => {
      pool.metadata.labels['team'] = 'research';
      pool.spec.limits['cpu'] = '2000';
    });
    const patched = patchDocument(GPU_POOL, next);
    expect(patched).toContain("    team: 'research'\n");
    expect(patched).toContain('    cpu: "2000"\n');
  });

  it('writes out a copy where data behind an alias no longer matches its anchor', () => {
    const next = edited(GPU_POOL, (pool) => {
      pool.spec.template.metadata.labels = { ...pool.metadata.labels, tier: 'silver' };
    });
    const patched = patchDocument(GPU_POOL, next);
    expect(patched).toContain('  labels: &labels\n');
    expect(patched).not.toContain('*labels');
    expect(reads(patched)).toEqual(next);
  });

  it('returns the source byte for byte when nothing changed', () => {
    expect(patchDocument(GPU_POOL, parse(GPU_POOL))).toBe(GPU_POOL);
    const odd = 'a:    1   # aligned\r\nb: 0x1F\r\n\r\n\r\nc: >\r\n  folded\r\n  text\r\n';
    expect(patchDocument(odd, parse(odd))).toBe(odd);
  });
});

describe('patching keeps what yaml itself would write differently', () => {
  const handWritten = lines(
    'spec:',
    '    limits: {cpu: 10}   # four-space indent, aligned comment',
    '    hex: 0x1F',
    '    taints: # from the GPU team',
    '    # the GPU taint',
    '    - key: a',
    '      effect: NoSchedule',
    '    - key: b',
    '      effect: NoExecute',
    '',
    '',
    '    weight: 1',
  );
  interface HandWritten {
    spec: { weight: number; taints: { key: string; effect: string }[] };
  }
  const handEdited = (change: (data: HandWritten) => void) => {
    const data = parse(handWritten) as HandWritten;
    change(data);
    return data;
  };

  it('leaves untouched lines as they were written', () => {
    const next = handEdited((data) => (data.spec.weight = 2));
    expect(patchDocument(handWritten, next)).toBe(
      replaceLine(handWritten, '    weight: 1', '    weight: 2'),
    );
  });

  it('writes a new list item at the indentation the list already uses', () => {
    const next = handEdited((data) => data.spec.taints.push({ key: 'c', effect: 'NoSchedule' }));
    expect(patchDocument(handWritten, next)).toBe(
      insertAfter(
        handWritten,
        '      effect: NoExecute',
        '    - key: c',
        '      effect: NoSchedule',
      ),
    );
  });

  it('keeps the comment on the key line when the first item and the comment above it go', () => {
    const next = handEdited((data) => data.spec.taints.shift());
    expect(patchDocument(handWritten, next)).toBe(
      removeLines(handWritten, '    # the GPU taint', 3),
    );
  });

  it('keeps CRLF line endings', () => {
    const source = 'a: 1 # one\r\nb: 2\r\n';
    expect(patchDocument(source, { a: 1, b: 3 })).toBe('a: 1 # one\r\nb: 3\r\n');
  });
});

describe('new data is written as the designer writes it', () => {
  it('quotes strings YAML 1.1 (kubectl) would read as booleans or numbers', () => {
    const patched = patchDocument('a: x\n', { a: 'x', b: 'on', c: '0o7', d: 'y', e: '1e3' });
    expect(patched).toBe('a: x\nb: "on"\nc: "0o7"\nd: "y"\ne: "1e3"\n');
  });

  it('turns an empty flow map into a block map once it has entries', () => {
    expect(patchDocument('labels: {}\n', { labels: { team: 'ml' } })).toBe('labels:\n  team: ml\n');
  });

  it('keeps a __proto__ key as data', () => {
    const next = JSON.parse('{"a": 1, "__proto__": {"polluted": true}}') as unknown;
    const patched = patchDocument('a: 1\n', next);
    expect(patched).toBe('a: 1\n__proto__:\n  polluted: true\n');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(sameData(reads(patched), next)).toBe(true);
  });

  it('moves an anchored map to the alias that still uses it when its own key goes', () => {
    const source = 'a: &shared {k: 1}\nb: *shared # reused\nc: *shared\n';
    expect(patchDocument(source, { b: { k: 1 }, c: { k: 1 } })).toBe(
      'b: &shared {k: 1} # reused\nc: *shared\n',
    );
  });

  it('writes a fresh text when the source does not parse', () => {
    expect(patchDocument('a: [\n', { a: ['on'] })).toBe('a:\n  - "on"\n');
    expect(patchDocument('a: 1\na: 2\n', { a: 3 })).toBe('a: 3\n');
    expect(patchDocument('a: 1\n---\nb: 2\n', { a: 3 })).toBe('a: 3\n');
  });

  it('writes a fresh text rather than expand an alias bomb', () => {
    const bomb = lines(
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    );
    expect(patchDocument(bomb, { a: 1 })).toBe('a: 1\n');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: random manifests, written with random styles and comments, then randomly edited.
// ---------------------------------------------------------------------------------------------

const TRICKY = [
  'on',
  'yes',
  'no',
  'y',
  'off',
  '010',
  '0o7',
  '1e3',
  '0x1F',
  '1_000',
  '12:30',
  '',
  ' x',
  'x ',
  '#x',
  'a: b',
  'a #b',
  '- x',
  '~',
  'null',
  'true',
  '.inf',
  '*x',
  '&x',
  '!x',
  '%x',
  '"x',
  "'x",
  '{x}',
  'x\ny',
  '<<',
  '__proto__',
];

/** A plain object with own enumerable keys, `__proto__` included, as a parser produces. */
function mapOf(entries: [string, unknown][]): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(map, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return map;
}

const scalar = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.oneof(
  fc.constantFrom('key', 'name', 'values', 'on', '010', '__proto__', 'a: b', '#x', '', 'y', '<<'),
  fc.string({ maxLength: 6 }),
);
const { value: anyValue, map: anyMap } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.array(fc.tuple(key, tie('value')), { maxLength: 5 }).map(mapOf),
}));

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value === null || typeof value !== 'object') return value;
  return mapOf(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, copy(v)]));
}

interface Edit {
  path: number[];
  op: 'set' | 'delete' | 'insert';
  key: string;
  value: unknown;
}

const anEdit: fc.Arbitrary<Edit> = fc.record({
  path: fc.array(fc.nat(), { maxLength: 5 }),
  op: fc.constantFrom('set', 'delete', 'insert'),
  key,
  value: anyValue,
});

/** Walks `path` (indices taken modulo the size of each collection) and edits where it ends. */
function applyEdit(root: Record<string, unknown>, edit: Edit): void {
  let at: unknown = root;
  for (const step of edit.path) {
    const children = Array.isArray(at) ? at : Object.values(at as object);
    const child = children[step % Math.max(children.length, 1)] as unknown;
    if (child === null || typeof child !== 'object') break;
    at = child;
  }
  const step = edit.path.at(-1) ?? 0;
  if (Array.isArray(at)) {
    const index = step % (at.length + 1);
    if (edit.op === 'insert' || index === at.length) at.splice(index, 0, edit.value);
    else if (edit.op === 'delete') at.splice(index, 1);
    else at[index] = edit.value;
    return;
  }
  const map = at as Record<string, unknown>;
  const keys = Object.keys(map);
  const existing = keys[step % Math.max(keys.length, 1)];
  if (edit.op === 'delete' && existing !== undefined) delete map[existing];
  else {
    const target = edit.op === 'set' && existing !== undefined ? existing : edit.key;
    Object.defineProperty(map, target, {
      value: edit.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
}

interface Styling {
  indent: 2 | 4;
  indentSeq: boolean;
  padding: boolean;
  /** Cycled through the nodes: flow or block collections, plain or quoted strings. */
  choices: number[];
  comments: { line: number; kind: 'above' | 'inline' | 'blank'; text: string }[];
}

const aStyling: fc.Arbitrary<Styling> = fc.record({
  indent: fc.constantFrom(2 as const, 4 as const),
  indentSeq: fc.boolean(),
  padding: fc.boolean(),
  choices: fc.array(fc.nat(5), { minLength: 1, maxLength: 20 }),
  comments: fc.array(
    fc.record({
      line: fc.nat(),
      kind: fc.constantFrom('above' as const, 'inline' as const, 'blank' as const),
      text: fc.constantFrom(' why', ' a: b', ' #', '', ' - x', ' key: "v"'),
    }),
    { maxLength: 6 },
  ),
});

const STRING_STYLES = [Scalar.PLAIN, Scalar.QUOTE_SINGLE, Scalar.QUOTE_DOUBLE] as const;

/** `value` as someone might have written it: styles mixed, comments and blank lines about. */
function written(value: unknown, styling: Styling): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  let n = 0;
  const next = () => styling.choices[n++ % styling.choices.length] ?? 0;
  visit(doc, {
    Node(_, node) {
      // Only ever set to true: yaml writes an empty list with `flow: false` as invalid `key:\n[]`.
      if (isCollection(node) && next() === 0) node.flow = true;
      else if (isScalar(node) && typeof node.value === 'string') {
        node.type = STRING_STYLES[next() % STRING_STYLES.length];
      }
    },
  });
  let text = doc.toString({
    indent: styling.indent,
    indentSeq: styling.indentSeq,
    flowCollectionPadding: styling.padding,
    lineWidth: 0,
  });
  for (const comment of styling.comments) {
    const all = text.split('\n');
    const at = comment.line % all.length;
    const line = all[at] ?? '';
    const indent = ' '.repeat(line.length - line.trimStart().length);
    if (comment.kind === 'inline') all[at] = `${line} #${comment.text}`;
    else all.splice(at, 0, comment.kind === 'blank' ? '' : `${indent}#${comment.text}`);
    const candidate = all.join('\n');
    // A comment inside a block scalar or a quoted string would be data: those are skipped.
    if (sameData(readsOrUndefined(candidate), value)) text = candidate;
  }
  return text;
}

function readsOrUndefined(text: string): unknown {
  try {
    return reads(text);
  } catch {
    return undefined;
  }
}

describe('patchDocument, for any manifest, styling and edits', () => {
  it('gives a text that parses to exactly the edited data', () => {
    fc.assert(
      fc.property(
        anyMap,
        aStyling,
        fc.array(anEdit, { minLength: 1, maxLength: 4 }),
        (value, styling, edits) => {
          const text = written(value, styling);
          const next = copy(value) as Record<string, unknown>;
          for (const edit of edits) applyEdit(next, edit);
          const patched = patchDocument(text, next);
          expect(sameData(reads(patched), next)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps every line of the source, blank ones too, in order, when a key is added', () => {
    fc.assert(
      fc.property(anyMap, aStyling, anyValue, (value, styling, added) => {
        const text = written(value, styling);
        // A flow map at the top is one line that a new key rewrites; nothing to keep there.
        fc.pre(!/^\s*(#.*\n\s*)*[{[]/.test(text) && !Object.hasOwn(value, 'zz'));
        const next = mapOf([...Object.entries(value), ['zz', added]]);
        const source = text.split('\n');
        let found = 0;
        for (const line of patchDocument(text, next).split('\n'))
          if (line === source[found]) found++;
        expect(found).toBe(source.length);
      }),
      { numRuns: 200 },
    );
  });

  it('gives back the source byte for byte when the data did not change', () => {
    fc.assert(
      fc.property(anyMap, aStyling, (value, styling) => {
        const text = written(value, styling);
        expect(patchDocument(text, reads(text))).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
