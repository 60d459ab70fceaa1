/**
 * A standing guard on the two gates a design comes through from another machine: the share link
 * and the project file. Whatever arrives (noise, a damaged or cut copy of a real one, JSON shaped
 * to look like a design or to reach a prototype) either opens a design or is refused with a
 * reason; nothing throws, and what opens can be saved and opened again unchanged.
 */
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { DESIGN_NAME_LIMIT } from '../design/designLibrary';
import { exampleDesign } from '../design/example';
import { SAVED_DESIGN_VERSION } from '../design/savedDesign';
import { projectFileText, readProjectFile, type ProjectReading } from './projectFile';
import { decodeShareFragment, encodeShareFragment, type ShareDecoding } from './shareLink';

// eslint-disable-next-line no-control-regex -- what cleanDesignName promises a name never holds
const CONTROLS = /[\u0000-\u001f\u007f]/;

/**
 * Enough runs to keep finding things as the code changes, few enough that the file takes about
 * a second on a quiet machine; the timeout is for a 2-core box shared with browsers.
 */
const RUNS = { numRuns: 100 };
const BUSY_MACHINE = { timeout: 20_000 };

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
});

function expectOpensOrSaysWhy(result: ProjectReading | ShareDecoding): void {
  if (!result.ok) {
    expect(result.reason.trim()).not.toBe('');
    expect(result.reason).not.toMatch(CONTROLS);
    return;
  }
  const name = 'name' in result ? result.name : undefined;
  if (name !== undefined) {
    expect(name).not.toMatch(CONTROLS);
    expect(name.trim()).toBe(name);
    expect(name.length).toBeGreaterThan(0);
    expect(name.length).toBeLessThanOrEqual(DESIGN_NAME_LIMIT);
  }
  for (const dropped of result.dropped) expect(dropped).not.toBe('');
  // Nothing lost: what opened is what a save writes and an open reads back.
  const again = readProjectFile(projectFileText(result.design, name ?? 'again'));
  expect(again.ok && JSON.stringify(again.design)).toBe(JSON.stringify(result.design));
}

const base64Url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const linkOf = (json: string): string => `design=${base64Url(deflateSync(strToU8(json)))}`;

function exampleLink(): string {
  const encoded = encodeShareFragment(exampleDesign());
  if (!encoded.ok) throw new Error(encoded.reason);
  return encoded.fragment;
}

/** Keys a hostile file would use: to reach a prototype, or to pass for a design. */
const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'format',
  'version',
  'design',
  'resources',
  'others',
  'id',
  'kind',
  'manifest',
  'source',
  'data',
  'position',
  'migProfileId',
  'name',
);

const version = fc.oneof(
  fc.integer({ min: -2, max: SAVED_DESIGN_VERSION + 3 }),
  fc.constantFrom(SAVED_DESIGN_VERSION, 1, 1.5, Number.MAX_SAFE_INTEGER, '2', null, true),
);

const scalar = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

/** JSON values that are deep (up to ~12 levels here), wide, or keyed like a design. */
const { json } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('json'), { maxLength: 6 }),
    fc.dictionary(fc.oneof(hostileKey, fc.string({ maxLength: 6 })), tie('json'), {
      maxKeys: 6,
    }),
  ),
}));

/** Every path inside a JSON value, breadth first, up to `limit` of them. */
function pathsOf(value: unknown, limit = 400): string[][] {
  const paths: string[][] = [];
  const queue: [unknown, string[]][] = [[value, []]];
  while (queue.length > 0 && paths.length < limit) {
    const [item, path] = queue.shift() as [unknown, string[]];
    paths.push(path);
    if (typeof item === 'object' && item !== null)
      for (const [key, child] of Object.entries(item)) queue.push([child, [...path, key]]);
  }
  return paths;
}

type Json = Record<string, unknown>;

/** `value` with what sits at `path` replaced (or removed, for undefined); a copy. */
function replaced(value: unknown, path: readonly string[], next: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return next;
  if (typeof value !== 'object' || value === null) return value;
  const copy = (Array.isArray(value) ? (value as unknown[]).slice() : { ...value }) as Json;
  const child = replaced(copy[key], rest, next);
  if (child === undefined) delete copy[key];
  // defined, not assigned: a `__proto__` key must become data, as JSON.parse makes it
  else Object.defineProperty(copy, key, { value: child, enumerable: true, writable: true });
  return copy;
}

/** Arrays and maps `levels` deep, the way hand-made files overflow stacks. */
function deep(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

/** A real project file with a few of its values replaced, removed or nested deep. */
const damagedFile = fc
  .tuple(
    fc.array(
      fc.record({
        at: fc.nat(),
        value: fc.oneof(json, version, fc.constant(undefined), fc.nat({ max: 300 }).map(deep)),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    fc.string({ unit: 'binary', maxLength: 200 }),
  )
  .map(([edits, name]) => {
    let file: unknown = JSON.parse(projectFileText(exampleDesign(), name));
    for (const { at, value } of edits) {
      const paths = pathsOf(file);
      file = replaced(file, paths[at % paths.length] ?? [], value);
    }
    return file;
  });

describe('the share-link gate', BUSY_MACHINE, () => {
  it('opens or says why for any text after #', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectOpensOrSaysWhy(decodeShareFragment(text));
        expectOpensOrSaysWhy(decodeShareFragment(`design=${text}`));
      }),
      RUNS,
    );
  });

  it('opens or says why for random bytes as base64url', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expectOpensOrSaysWhy(decodeShareFragment(`design=${base64Url(bytes)}`));
      }),
      RUNS,
    );
  });

  it('opens or says why for a real link cut short, or with a character or a bit changed', () => {
    const link = exampleLink();
    const payload = link.slice('design='.length);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    fc.assert(
      fc.property(
        fc.nat({ max: payload.length }),
        fc.nat({ max: alphabet.length - 1 }),
        fc.nat({ max: 7 }),
        (at, letter, bit) => {
          expectOpensOrSaysWhy(decodeShareFragment(`design=${payload.slice(0, at)}`));
          const swapped = payload.slice(0, at) + alphabet[letter] + payload.slice(at + 1);
          expectOpensOrSaysWhy(decodeShareFragment(`design=${swapped}`));
          const bytes = Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) =>
            c.charCodeAt(0),
          );
          const byte = at % bytes.length;
          bytes[byte] = (bytes[byte] ?? 0) ^ (1 << bit);
          expectOpensOrSaysWhy(decodeShareFragment(`design=${base64Url(bytes)}`));
        },
      ),
      RUNS,
    );
  });

  it('opens or says why for any JSON a link might carry', () => {
    fc.assert(
      fc.property(fc.oneof(json, damagedFile), version, (value, v) => {
        expectOpensOrSaysWhy(decodeShareFragment(linkOf(JSON.stringify(value) ?? 'undefined')));
        const wrapped = { version: v, design: value };
        expectOpensOrSaysWhy(decodeShareFragment(linkOf(JSON.stringify(wrapped))));
      }),
      RUNS,
    );
  });
});

describe('the project-file gate', BUSY_MACHINE, () => {
  it('opens or says why for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectOpensOrSaysWhy(readProjectFile(text));
        expectOpensOrSaysWhy(readProjectFile(`{${text}`));
        expectOpensOrSaysWhy(readProjectFile(`{"version":2,"name":${text}`));
      }),
      RUNS,
    );
  });

  it('opens or says why for any JSON, keyed like a design or not', () => {
    fc.assert(
      fc.property(json, version, (value, v) => {
        expectOpensOrSaysWhy(readProjectFile(JSON.stringify(value) ?? ''));
        const shaped = { format: 'nodepool-designer', version: v, name: value, design: value };
        expectOpensOrSaysWhy(readProjectFile(JSON.stringify(shaped)));
      }),
      RUNS,
    );
  });

  it('opens or says why for a real file with values replaced, removed or nested deep', () => {
    fc.assert(
      fc.property(damagedFile, (file) => {
        expectOpensOrSaysWhy(readProjectFile(JSON.stringify(file) ?? ''));
      }),
      RUNS,
    );
  });

  it('opens or says why for a real file cut off mid-write', () => {
    const text = projectFileText(exampleDesign(), 'Example design');
    fc.assert(
      fc.property(fc.nat({ max: text.length }), (at) => {
        expectOpensOrSaysWhy(readProjectFile(text.slice(0, at)));
      }),
      RUNS,
    );
  });
});
