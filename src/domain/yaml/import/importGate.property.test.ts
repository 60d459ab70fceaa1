import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { sequentialIds } from '../../../../test/fixtures/fixtures';
import { typeInPanel } from '../../../../test/yaml/typeInPanel';
import { exportDesign } from '../export/exportDesign';
import { MAX_IMPORT_RESOURCES } from '../parse/importCaps';
import { importYaml } from './importYaml';
import { importYamlSources } from './importYamlSources';

/**
 * The standing guard of the import gate and the YAML panel: whatever text or bytes arrive, they
 * never throw, never touch Object.prototype, always say why nothing came in, and a text with a
 * document that does not parse never costs the design a resource. Runs are few (a busy 2-core
 * machine runs the suite); `IMPORT_GATE_RUNS=2000` searches deeper by hand.
 */
const RUNS = Number(process.env.IMPORT_GATE_RUNS ?? 60);

const exported = exportDesign(exampleDesign()).text;

const lines = (text: string) => text.split('\n');

/** What a person or a hostile file does to a valid export. */
const mutation: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc.nat().map((at) => (text: string) => text.slice(0, at % (text.length + 1))),
  fc.nat().map((at) => (text: string) => {
    const all = lines(text);
    all.splice(at % all.length, 1);
    return all.join('\n');
  }),
  fc.nat().map((at) => (text: string) => {
    const all = lines(text);
    const i = at % all.length;
    all.splice(i, 0, all[i] ?? '');
    return all.join('\n');
  }),
  fc
    .tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 8, unit: 'binary' }))
    .map(([at, inserted]) => (text: string) => {
      const i = at % (text.length + 1);
      return `${text.slice(0, i)}${inserted}${text.slice(i)}`;
    }),
  fc
    .tuple(fc.nat(), fc.integer({ min: 40, max: 900 }), fc.boolean())
    .map(([at, depth, closed]) => (text: string) => {
      const all = lines(text);
      const nested = `${'['.repeat(depth)}${closed ? ']'.repeat(depth) : ''}`;
      all.splice(at % all.length, 0, `  deep: ${nested}`);
      return all.join('\n');
    }),
  fc
    .tuple(fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'))
    .map(([at, key]) => (text: string) => {
      const all = lines(text);
      all.splice(at % all.length, 0, `  ${key}: {polluted: true, length: 1}`);
      return all.join('\n');
    }),
);

const mutated = fc
  .array(mutation, { minLength: 1, maxLength: 3 })
  .map((edits) => edits.reduce((text, edit) => edit(text), exported));

const anyText = fc.oneof(
  fc.string({ maxLength: 300, unit: 'binary' }),
  fc.string({
    maxLength: 300,
    unit: fc.constantFrom(
      '[',
      ']',
      '{',
      '}',
      ':',
      '-',
      ' ',
      '\n',
      'a',
      '#',
      '"',
      '&a',
      '*a',
      '---\n',
      '<<: ',
    ),
  }),
  mutated,
);

function expectNoPollution(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(probe.length).toBeUndefined();
}

afterEach(expectNoPollution);

describe('the import gate, for any input', () => {
  it('never throws, and every message gives a reason', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const read = importYaml(text, 'any.yaml');
        for (const message of read.messages) expect(message.text.length).toBeGreaterThan(10);
        expectNoPollution();
      }),
      { numRuns: RUNS },
    );
  });

  it('imports something or says why not, for any text or bytes', () => {
    const source = fc.oneof(
      anyText.map((text) => ({ name: 'text.yaml', text })),
      fc.uint8Array({ maxLength: 600 }).map((bytes) => ({ name: 'bytes.bin', bytes })),
      mutated.map((text) => ({ name: 'export.yaml', bytes: new TextEncoder().encode(text) })),
    );
    fc.assert(
      fc.property(fc.array(source, { minLength: 1, maxLength: 3 }), (picked) => {
        // Each under a name of its own, so what is said can be told apart.
        const sources = picked.map((s, i) => ({ ...s, name: `${i}-${s.name}` }));
        const result = importYamlSources(sources, 0);
        if (result.refused) return;
        for (const { name } of sources) {
          const file = result.files.find((f) => f.name === name)?.imported;
          const brought = file
            ? file.nodeClasses.length + file.nodePools.length + file.others.length
            : 0;
          const said = [...result.messages, ...(file?.messages ?? [])].filter(
            (m) => m.source === name,
          );
          expect(brought + said.length).toBeGreaterThan(0);
        }
        expectNoPollution();
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses counts just above the cap at once, naming the limit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MAX_IMPORT_RESOURCES + 1, max: MAX_IMPORT_RESOURCES + 50 }),
        fc.boolean(),
        (count, asList) => {
          const item = (i: number) => `{apiVersion: v1, kind: ConfigMap, metadata: {name: c${i}}}`;
          const text = asList
            ? `kind: List\nitems:\n${Array.from({ length: count }, (_, i) => `  - ${item(i)}\n`).join('')}`
            : Array.from({ length: count }, (_, i) => `${item(i)}\n`).join('---\n');
          const result = importYamlSources([{ name: 'many.yaml', text }], 0);
          expect(result.refused).toContain(`one import takes at most 5,000`);
          expect(result.files).toEqual([]);
        },
      ),
      { numRuns: 4 },
    );
  });
});

describe('the YAML panel, applying any text', () => {
  it('never throws, and while a document does not parse no resource is lost', () => {
    const design = exampleDesign();
    fc.assert(
      fc.property(anyText, (text) => {
        const { design: next, errors } = typeInPanel(design, text, sequentialIds());
        if (errors.length === 0) return;
        for (const id of Object.keys(design.resources)) expect(next.resources).toHaveProperty([id]);
        for (const other of design.others ?? [])
          expect(next.others?.map((o) => o.id)).toContain(other.id);
        expectNoPollution();
      }),
      { numRuns: RUNS },
    );
  });

  it('leaves the resources as they were when no document parses', () => {
    const design = exampleDesign();
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), (junk) => {
        const text = `${junk.replace(/\n/g, ' ')}\nkind: [`;
        const { design: next, errors } = typeInPanel(design, text, sequentialIds());
        expect(errors.length).toBeGreaterThan(0);
        expect(next.resources).toEqual(design.resources);
      }),
      { numRuns: RUNS },
    );
  });
});
