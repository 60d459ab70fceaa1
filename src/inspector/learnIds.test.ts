import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { learnEntry } from '../domain/learn/learnEntries';

/**
 * Every learn id the inspector names must have an entry, or its ⓘ silently renders nothing. Ids
 * are written out in full (`learn="NodePool:spec.weight"`, or as a quoted string in a table),
 * never assembled, so reading the sources finds them all.
 */

const SOURCES = readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.test.ts'))
  .map((file) => ({ file, text: readFileSync(join(__dirname, file), 'utf8') }));

const ATTRIBUTE = /\blearn="([^"]*)"/g;
const QUOTED_ID =
  /['"]((?:model|kind|edge|NodePool|EC2NodeClass|MigProfile):[A-Za-z][\w.[\]<>-]*)['"]/g;

const used = SOURCES.flatMap(({ file, text }) =>
  [...text.matchAll(ATTRIBUTE), ...text.matchAll(QUOTED_ID)].map((match) => ({
    file,
    id: match[1] ?? '',
  })),
);

describe('learn ids in the inspector', () => {
  it('finds the ids on the forms', () => {
    const ids = new Set(used.map((u) => u.id));
    expect(ids.size).toBeGreaterThanOrEqual(60);
    for (const id of ['EC2NodeClass:spec.role', 'NodePool:spec.weight', 'edge:nodeClassRef']) {
      expect(ids).toContain(id);
    }
  });

  it('uses only ids that have an entry', () => {
    const missing = used.filter(({ id }) => learnEntry(id) === undefined);
    expect(missing).toEqual([]);
  });

  it('never assembles an id from pieces', () => {
    const assembled = SOURCES.filter(({ text }) => /\blearn=\{`/.test(text)).map((s) => s.file);
    expect(assembled).toEqual([]);
  });
});
