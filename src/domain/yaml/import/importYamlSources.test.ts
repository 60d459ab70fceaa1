import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_IMPORT_RESOURCES } from '../parse/importCaps';
import { checkSizes, importYamlSources } from './importYamlSources';

const pool = (name: string) => `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: ${name}
spec:
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements: []
`;

const pools = (n: number, prefix = 'p') =>
  Array.from({ length: n }, (_, i) => pool(`${prefix}${i}`)).join('---\n');

/** One `kind: List` document holding `n` NodePools, as `kubectl get -o yaml` prints them. */
const listOf = (n: number) =>
  `apiVersion: v1\nkind: List\nitems:\n${Array.from({ length: n }, (_, i) =>
    pool(`item${i}`)
      .split('\n')
      .filter(Boolean)
      .map((line, l) => `${l === 0 ? '  - ' : '    '}${line}\n`)
      .join(''),
  ).join('')}`;

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('importYamlSources', () => {
  it('takes what several files bring, each under its own name', () => {
    const result = importYamlSources(
      [
        { name: 'a.yaml', bytes: bytesOf(pools(2, 'a')) },
        { name: 'b.yaml', text: pool('b') },
      ],
      0,
    );
    expect(result.refused).toBeUndefined();
    expect(result.files.map((f) => [f.name, f.imported.nodePools.length])).toEqual([
      ['a.yaml', 2],
      ['b.yaml', 1],
    ]);
  });

  it('refuses a List whose items pass the limit, before parsing it, naming limit and count', () => {
    const text = listOf(MAX_IMPORT_RESOURCES + 1);
    const started = performance.now();
    const result = importYamlSources([{ name: 'list.yaml', text }], 7);
    // Parsing this takes seconds on a busy machine; counting its lines, milliseconds.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.refused).toBe(
      'list.yaml holds 5,001 resources (each item of a List counts as one); one import takes at most 5,000. Nothing was imported.',
    );
    expect(result.files).toEqual([]);
  });

  it('refuses files that pass the limit together though each is under it', () => {
    const file = pools(2000);
    const result = importYamlSources(
      ['one', 'two', 'three'].map((name) => ({ name: `${name}.yaml`, text: file })),
      0,
    );
    expect(result.refused).toBe(
      'These 3 files hold 6,000 resources together (each item of a List counts as one); one import takes at most 5,000. Nothing was imported.',
    );
  });

  it('counts a flow-style List once it is parsed, before any resource is built', () => {
    const items = Array.from({ length: MAX_IMPORT_RESOURCES + 1 }, (_, i) => `{kind: K, n: ${i}}`);
    const result = importYamlSources(
      [{ name: 'flow.yaml', text: `kind: List\nitems: [${items.join(', ')}]\n` }],
      0,
    );
    expect(result.refused).toContain('holds 5,001 resources');
  });

  it('refuses an import the design has no room for, saying how many it already has', () => {
    const result = importYamlSources([{ name: 'more.yaml', text: pools(2) }], 4999);
    expect(result.refused).toBe(
      'The design already has 4,999 resources; the 2 in more.yaml would make 5,001, and a design holds at most 5,000. Nothing was imported.',
    );
    expect(importYamlSources([{ name: 'more.yaml', text: pools(1) }], 4999).refused).toBe(
      undefined,
    );
  });

  it('refuses texts over 5 MB together', () => {
    const half = `# ${'x'.repeat(MAX_IMPORT_BYTES / 2)}\n${pool('p')}`;
    const result = importYamlSources(
      [
        { name: 'a.yaml', text: half },
        { name: 'b.yaml', text: half },
      ],
      0,
    );
    expect(result.refused).toMatch(/^These 2 files come to 5,24\d,\d{3} bytes together;/);
    expect(result.refused).toContain('one import takes at most 5 MB. Nothing was imported.');
  });

  it('says why an empty file or one of only comments brings nothing', () => {
    const result = importYamlSources(
      [
        { name: 'empty.yaml', bytes: new Uint8Array() },
        { name: 'blank.yaml', text: '\n  \n' },
        { name: 'notes.yaml', text: '# to do\n---\n' },
      ],
      0,
    );
    expect(result.messages.map((m) => `${m.source}: ${m.text}`)).toEqual([
      'empty.yaml: is empty. Nothing was imported.',
      'blank.yaml: is empty. Nothing was imported.',
      'notes.yaml: holds only comments and blank lines. Nothing was imported.',
    ]);
  });

  it('imports a file with bytes that are not UTF-8, naming the lines they were on', () => {
    const text = pool('latin').replace('metadata:', 'metadata: # caf\u00e9');
    const bytes = bytesOf(text);
    // "é" as Latin-1 (one byte, 0xE9) in a UTF-8 file.
    const latin1 = Uint8Array.from(
      [...bytes].flatMap((b, i) =>
        b === 0xc3 && bytes[i + 1] === 0xa9
          ? [0xe9]
          : b === 0xa9 && bytes[i - 1] === 0xc3
            ? []
            : [b],
      ),
    );
    const result = importYamlSources([{ name: 'latin1.yaml', bytes: latin1 }], 0);
    expect(result.files[0]?.imported.nodePools).toHaveLength(1);
    expect(result.messages).toEqual([
      {
        severity: 'warning',
        source: 'latin1.yaml',
        line: 3,
        text: 'is not valid UTF-8: characters that could not be read were replaced with "\uFFFD" on line 3. Check them, and save the file as UTF-8 to keep them.',
      },
    ]);
  });

  it('reads UTF-16 with a byte-order mark, and UTF-8 with one, without a warning', () => {
    const text = pool('utf16');
    const le = Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = Uint8Array.from([0xfe, 0xff, ...[...text].flatMap((c) => [0, c.charCodeAt(0)])]);
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...bytesOf(text)]);
    for (const bytes of [le, be, bom]) {
      const result = importYamlSources([{ name: 'u.yaml', bytes }], 0);
      expect(result.messages).toEqual([]);
      expect(result.files[0]?.imported.nodePools[0]?.manifest.metadata.name).toBe('utf16');
    }
  });
});

describe('checkSizes', () => {
  it('refuses one oversized file on its own and the rest together when they pass the limit', () => {
    const big = MAX_IMPORT_BYTES + 1;
    expect(
      checkSizes([
        { name: 'ok.yaml', size: 10 },
        { name: 'huge.yaml', size: 6.2 * 2 ** 20 },
      ]),
    ).toEqual({
      tooLarge: [
        {
          severity: 'error',
          source: 'huge.yaml',
          text: 'is 6.2 MB; one import takes at most 5 MB. Nothing was imported.',
        },
      ],
    });
    expect(
      checkSizes([
        { name: 'a', size: big / 2 },
        { name: 'b', size: big / 2 },
      ]).refused,
    ).toBe(
      'These 2 files come to 5,242,881 bytes together; one import takes at most 5 MB. Nothing was imported.',
    );
  });
});
