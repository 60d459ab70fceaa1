import { describe, expect, it } from 'vitest';
import {
  cleanDesignName,
  EMPTY_LIBRARY,
  libraryJson,
  putEntry,
  readLibrary,
  removeEntry,
  uniqueDesignName,
  type LibraryEntry,
} from './designLibrary';
import { EMPTY_DESIGN } from './types';

const entry = (id: string, name: string, updatedAt: number): LibraryEntry => ({
  id,
  name,
  updatedAt,
});

describe('the design library', () => {
  it('lists the most recently changed design first', () => {
    let library = putEntry(EMPTY_LIBRARY, entry('a', 'Old', 1));
    library = putEntry(library, entry('b', 'New', 2));
    expect(library.entries.map((e) => e.name)).toEqual(['New', 'Old']);
    library = putEntry(library, entry('a', 'Old, edited', 3));
    expect(library.entries.map((e) => e.name)).toEqual(['Old, edited', 'New']);
  });

  it('reads back what it wrote: names and dates, no designs inside', () => {
    const library = putEntry(putEntry(EMPTY_LIBRARY, entry('a', 'One', 1)), entry('b', 'Two', 2));
    const text = libraryJson(library);
    expect(text).not.toContain('resources');
    expect(readLibrary(text)).toEqual({ library, unreadable: [], legacy: new Map() });
  });

  it('hands over the designs an older version kept inside the list, and writes them back until moved', () => {
    const raw = JSON.stringify({
      version: 2,
      entries: [{ id: 'a', name: 'Old', updatedAt: 1, design: EMPTY_DESIGN }],
    });
    const read = readLibrary(raw);
    expect(read.library.entries).toEqual([entry('a', 'Old', 1)]);
    expect(read.legacy.get('a')).toEqual({ version: 2, design: EMPTY_DESIGN });
    const again = readLibrary(libraryJson(read.library, read.legacy));
    expect(again.legacy.get('a')).toEqual({ version: 2, design: EMPTY_DESIGN });
  });

  it('numbers a name that is taken, ignoring case', () => {
    const library = putEntry(
      putEntry(EMPTY_LIBRARY, entry('a', 'GPU cluster', 1)),
      entry('b', 'GPU cluster (2)', 2),
    );
    expect(uniqueDesignName(library, 'gpu CLUSTER')).toBe('gpu CLUSTER (3)');
    expect(uniqueDesignName(library, 'Batch')).toBe('Batch');
    expect(uniqueDesignName(library, 'GPU cluster', 'a')).toBe('GPU cluster');
  });

  it('cleans names: line breaks and controls out, blank becomes untitled', () => {
    expect(cleanDesignName('  two\nlines\u0000 ')).toBe('two lines');
    expect(cleanDesignName('   ')).toBe('Untitled design');
    expect(cleanDesignName('x'.repeat(500))).toHaveLength(120);
  });

  it('forgets a removed design', () => {
    const library = removeEntry(putEntry(EMPTY_LIBRARY, entry('a', 'One', 1)), 'a');
    expect(library.entries).toEqual([]);
  });

  it('keeps the readable entries when one is damaged, and names the damaged one', () => {
    const raw = JSON.stringify({
      version: 3,
      entries: [
        { id: 'a', name: 'Good', updatedAt: 5 },
        { name: 'Nameless', updatedAt: 4 },
        { id: 'a', name: 'Twin', updatedAt: 3 },
      ],
    });
    const read = readLibrary(raw);
    expect(read.library.entries.map((e) => e.name)).toEqual(['Good']);
    expect(read.unreadable).toEqual([
      '"Nameless" has no id of its own',
      '"Twin" has no id of its own',
    ]);
  });

  it.each([
    ['not JSON', '{"entries": ['],
    ['the wrong shape', '{"designs": {}}'],
  ])('says so when the stored list is %s', (_what, raw) => {
    const read = readLibrary(raw);
    expect(read.library).toEqual(EMPTY_LIBRARY);
    expect(read.unreadable).toHaveLength(1);
  });

  it('refuses a list saved by a newer version, keeping nothing half-read', () => {
    const raw = JSON.stringify({ version: 99, entries: [entry('a', 'One', 1)] });
    expect(readLibrary(raw).unreadable).toEqual([
      expect.stringContaining('newer version') as unknown,
    ]);
  });

  it('starts empty when nothing is stored', () => {
    expect(readLibrary(null)).toEqual({
      library: EMPTY_LIBRARY,
      unreadable: [],
      legacy: new Map(),
    });
  });
});
