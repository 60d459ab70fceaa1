import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exampleDesign } from './example';
import { deflateBomb } from '../../../test/support/deflateBomb';
import { toBase64Url } from '../lib/base64Url';
import {
  DEFLATE_ABOVE_CHARS,
  readStoredDesign,
  storedDesignJson,
  keepResourceJson,
  storedRevision,
  storedStateJson,
} from './storedDesign';
import type { Design } from './types';

/** The example, many times over: a design past the size where storage deflates it. */
function largeDesign(copies: number): Design {
  const resources: Record<string, Design['resources'][string]> = {};
  for (let i = 0; i < copies; i++) {
    for (const r of Object.values(exampleDesign().resources)) {
      const copy = { ...r, id: `${r.id}-${i}` };
      if (copy.kind === 'NodePool' && copy.migProfileId) copy.migProfileId += `-${i}`;
      resources[copy.id] = copy;
    }
  }
  return { resources };
}

const doc = { id: 'd1', name: 'Team A' };

describe('a design as the browser stores it', () => {
  it('reads back what it wrote: design, name and revision', () => {
    const text = storedDesignJson({ document: doc, design: exampleDesign(), rev: 7 });
    const read = readStoredDesign(text, { id: 'd1', name: 'fallback' });
    expect(read).toMatchObject({ ok: true, document: doc, rev: 7, dropped: [] });
    expect(read.ok && read.design).toEqual(exampleDesign());
  });

  it('tells the revision from the first characters, without reading the design', () => {
    const text = storedDesignJson({ document: doc, design: exampleDesign(), rev: 42 });
    expect(storedRevision(text)).toBe(42);
    expect(storedRevision(text.slice(0, 20))).toBe(42);
    expect(storedRevision(null)).toBe(0);
    expect(storedRevision('{"state":{}}')).toBe(0);
  });

  it('stores a large design deflated, a fraction of its JSON, and reads it back whole', () => {
    const design = largeDesign(200);
    const plain = JSON.stringify(design).length;
    expect(plain).toBeGreaterThan(DEFLATE_ABOVE_CHARS);
    const text = storedDesignJson({ document: doc, design, rev: 3 });
    expect(text.length).toBeLessThan(plain / 10);
    expect(storedRevision(text)).toBe(3);
    const read = readStoredDesign(text, doc);
    expect(read.ok && read.design).toEqual(design);
  });

  it('writes the state as JSON would, whatever the ids and the other documents', () => {
    const design: Design = {
      resources: {
        ...largeDesign(2).resources,
        'odd "id"\n': { ...exampleDesign().resources[Object.keys(exampleDesign().resources)[0]!]! },
      },
      others: [{ id: 'o1', apiVersion: 'v1', kind: 'Service', name: 's', text: 'kind: Service\n' }],
    };
    Object.defineProperty(design.resources, '__proto__', {
      value: Object.values(exampleDesign().resources)[0],
      enumerable: true,
    });
    const state = { document: doc, design };
    expect(JSON.parse(storedStateJson(state))).toEqual(JSON.parse(JSON.stringify(state)));
    // After an edit, the unchanged resources' JSON is reused and the changed one is new.
    const edited = {
      ...design,
      resources: { ...design.resources, extra: design.resources['odd "id"\n']! },
    };
    expect(JSON.parse(storedStateJson({ document: doc, design: edited }))).toEqual(
      JSON.parse(JSON.stringify({ document: doc, design: edited })),
    );
  });

  it("keeps the resources' JSON a slice at a time, as idle moments allow", () => {
    const design = largeDesign(3);
    const count = Object.keys(design.resources).length;
    let calls = 0;
    const twoAtATime = () => {
      let left = 2;
      return () => {
        calls += 1;
        return left-- > 0;
      };
    };
    let slices = 1;
    while (!keepResourceJson(design, twoAtATime())) slices += 1;
    expect(slices).toBe(Math.ceil(count / 2));
    // Once kept, nothing is asked for: the write goes ahead at once.
    calls = 0;
    expect(keepResourceJson(design, twoAtATime())).toBe(true);
    expect(calls).toBe(0);
    expect(JSON.parse(storedStateJson({ document: doc, design }))).toEqual(
      JSON.parse(JSON.stringify({ document: doc, design })),
    );
  });

  it('keeps a small design plain JSON, readable in the devtools', () => {
    const text = storedDesignJson({ document: doc, design: exampleDesign(), rev: 1 });
    expect(text).toContain('"name":"gpu-spot"');
  });

  it('refuses deflated data that is damaged or unpacks without bound', () => {
    const good = storedDesignJson({ document: doc, design: largeDesign(200), rev: 1 });
    const damaged = good.replace(
      /"deflated":"(.{40})/,
      '"deflated":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    );
    expect(readStoredDesign(damaged, doc)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('damaged') as unknown,
    });
    const bomb = JSON.stringify({
      rev: 1,
      version: 2,
      deflated: toBase64Url(deflateBomb(1024)),
    });
    expect(readStoredDesign(bomb, doc)).toEqual({
      ok: false,
      reason: 'it unpacks to more than any design needs',
    });
  });

  it('reads what the app saved before designs had entries of their own', () => {
    const old = JSON.stringify({
      state: { design: exampleDesign(), document: { id: 'first', name: 'Example design' } },
      version: 2,
    });
    const read = readStoredDesign(old, { id: 'first', name: 'x' });
    expect(read).toMatchObject({ ok: true, rev: 0, document: { id: 'first' } });
  });

  it('refuses a design nested deeper than a link or a file may be, before any recursive walk', () => {
    // Written as text: building it as a value would overflow JSON.stringify itself.
    const deep = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    const text = `{"rev":1,"version":2,"state":{"document":{"id":"d1","name":"x"},"design":{"resources":{"p":{"id":"p","kind":"NodePool","manifest":{"spec":${deep}}}}}}}`;
    const read = readStoredDesign(text, doc);
    expect(read).toEqual({ ok: false, reason: expect.stringContaining('nests deeper') as unknown });
  });

  it.each([
    ['cut off while written', '{"rev":3,"version":2,"state":{"design":{"reso', 'not valid JSON'],
    ['empty', '', 'empty'],
    ['null', 'null', 'null'],
    ['not a design', '{"state":{"design":42},"version":2}', 'does not contain a design'],
    ['from a newer version', '{"state":{"design":{"resources":{}}},"version":99}', 'newer version'],
  ])('says why when the stored text is %s', (_what, text, reason) => {
    const read = readStoredDesign(text, doc);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toContain(reason);
  });

  it('never throws and keeps names plain text, whatever is stored', () => {
    const deflated = storedDesignJson({ document: doc, design: largeDesign(120), rev: 2 });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((state) => JSON.stringify({ rev: 1, version: 2, state })),
          fc.nat({ max: deflated.length }).map((cut) => deflated.slice(0, cut)),
          fc.tuple(fc.nat(), fc.string()).map(([cut, name]) =>
            storedDesignJson({
              document: { id: 'x', name },
              design: exampleDesign(),
              rev: 1,
            }).slice(0, cut),
          ),
        ),
        (text) => {
          const read = readStoredDesign(text, doc);
          if (read.ok) expect([...read.document.name].every((c) => c >= ' ')).toBe(true);
          else expect(read.reason.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
