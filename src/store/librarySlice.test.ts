import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowserStorage } from '../../test/support/fakeBrowserStorage';
import { libraryJson } from '../domain/design/designLibrary';
import { exampleDesign } from '../domain/design/example';
import { storedDesignJson } from '../domain/design/storedDesign';
import { EMPTY_DESIGN } from '../domain/design/types';
import { loadStorage, whenStored, writeStored } from './browserStorage';
import { designKey } from './designStorage';
import { createDesignStore } from './designStore';
import { LIBRARY_KEY } from './storageKeys';

let storage: ReturnType<typeof fakeBrowserStorage>;
beforeEach(async () => {
  storage = fakeBrowserStorage();
  await loadStorage();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** A tab whose start screen is shown: the designs in it are read as storage changes. */
function open() {
  const store = createDesignStore({
    document: { id: 'mine', name: 'Mine' },
    design: exampleDesign(),
    rev: 0,
  });
  store.getState().openDialog({ kind: 'start' });
  return store;
}

const listed = (store: ReturnType<typeof open>) =>
  store.getState().library.entries.map((e) => ({ id: e.id, name: e.name, status: e.status }));

/** What another tab stores when it starts a design: the design, then the list naming it. */
function otherTabStarts(id: string, name: string, text?: string): void {
  const document = { id, name };
  storage.otherTab(
    designKey(id),
    text ?? storedDesignJson({ document, design: exampleDesign(), rev: 1 }),
  );
  storage.otherTab(LIBRARY_KEY, libraryJson({ entries: [{ ...document, updatedAt: 2 }] }));
}

describe('the library slice', () => {
  it('lists the designs stored when the store is made, the open one as open', () => {
    writeStored(
      LIBRARY_KEY,
      libraryJson({
        entries: [
          { id: 'mine', name: 'Mine', updatedAt: 2 },
          { id: 'other', name: 'Other', updatedAt: 1 },
        ],
      }),
    );
    writeStored(
      designKey('other'),
      storedDesignJson({ document: { id: 'other', name: 'Other' }, design: EMPTY_DESIGN, rev: 3 }),
    );
    const store = open();
    expect(listed(store)).toEqual([
      { id: 'mine', name: 'Mine', status: 'open' },
      { id: 'other', name: 'Other', status: 'readable' },
    ]);
    expect(store.getState().library.entries[1]).toMatchObject({ design: EMPTY_DESIGN, rev: 3 });
  });

  it('reads no design until the start screen shows them', () => {
    otherTabStarts('theirs', 'Theirs');
    const store = createDesignStore({
      document: { id: 'mine', name: 'Mine' },
      design: EMPTY_DESIGN,
      rev: 0,
    });
    expect(listed(store)).toEqual([{ id: 'theirs', name: 'Theirs', status: 'unread' }]);
    store.getState().openDialog({ kind: 'start' });
    expect(listed(store)).toEqual([{ id: 'theirs', name: 'Theirs', status: 'readable' }]);
    store.getState().closeDialog('start');
    storage.otherTab(
      designKey('theirs'),
      storedDesignJson({
        document: { id: 'theirs', name: 'Theirs' },
        design: EMPTY_DESIGN,
        rev: 2,
      }),
    );
    expect(listed(store)).toEqual([{ id: 'theirs', name: 'Theirs', status: 'unread' }]);
  });

  it('follows a design another tab starts', () => {
    const store = open();
    expect(store.getState().library.entries).toEqual([]);
    otherTabStarts('theirs', 'Theirs');
    expect(listed(store)).toEqual([{ id: 'theirs', name: 'Theirs', status: 'readable' }]);
  });

  it('reads again a design another tab changes', () => {
    const store = open();
    otherTabStarts('theirs', 'Theirs');
    const document = { id: 'theirs', name: 'Theirs' };
    storage.otherTab(
      designKey('theirs'),
      storedDesignJson({ document, design: EMPTY_DESIGN, rev: 2 }),
    );
    expect(store.getState().library.entries[0]).toMatchObject({ design: EMPTY_DESIGN, rev: 2 });
  });

  it('lists a damaged design as unreadable, with why', () => {
    const store = open();
    otherTabStarts('broken', 'Broken', '{"rev":1,"state":');
    const [entry] = store.getState().library.entries;
    expect(entry).toMatchObject({ id: 'broken', status: 'unreadable' });
    expect(entry?.status === 'unreadable' && entry.reason).toMatch(/not valid JSON/);
  });

  it('names what it cannot read of the list itself', () => {
    const store = open();
    storage.otherTab(LIBRARY_KEY, '[');
    expect(store.getState().library.unreadable).toEqual(['the list of designs is not valid JSON']);
  });

  it('follows this tab’s own writes through its actions', () => {
    const store = open();
    const document = { id: 'new', name: 'New' };
    expect(store.getState().storeDesign(document, EMPTY_DESIGN, 0).outcome).toBe('written');
    expect(store.getState().storeLibrary({ entries: [{ ...document, updatedAt: 1 }] })).toBe(true);
    expect(listed(store)).toEqual([{ id: 'new', name: 'New', status: 'readable' }]);
    store.getState().forgetDesign('new');
    expect(listed(store)).toEqual([{ id: 'new', name: 'New', status: 'unavailable' }]);
  });

  it('reads the design that was open once another opens, and not the open one', () => {
    otherTabStarts('theirs', 'Theirs');
    const store = open();
    store.getState().storeLibrary({
      entries: [
        { id: 'mine', name: 'Mine', updatedAt: 2 },
        { id: 'theirs', name: 'Theirs', updatedAt: 1 },
      ],
    });
    store.getState().storeDesign({ id: 'mine', name: 'Mine' }, EMPTY_DESIGN, 0);
    expect(listed(store).map((e) => e.status)).toEqual(['open', 'readable']);
    // Opening a design closes the start screen; the design that was open is read when it shows.
    store.getState().openDocument({ id: 'theirs', name: 'Theirs' }, exampleDesign());
    expect(listed(store).map((e) => e.status)).toEqual(['unread', 'open']);
    store.getState().openDialog({ kind: 'start' });
    expect(listed(store).map((e) => e.status)).toEqual(['readable', 'open']);
  });

  it('keeps two stores in step with one storage, as two tabs', () => {
    const first = open();
    const second = open();
    first.getState().storeDesign({ id: 'x', name: 'X' }, EMPTY_DESIGN, 0);
    first.getState().storeLibrary({ entries: [{ id: 'x', name: 'X', updatedAt: 1 }] });
    expect(listed(second)).toEqual([{ id: 'x', name: 'X', status: 'readable' }]);
  });

  it('offers the last changes of a design left as IndexedDB refused them, and keeps the list', async () => {
    const store = open();
    store.getState().storeLibrary({ entries: [{ id: 'mine', name: 'Mine', updatedAt: 1 }] });
    await whenStored();
    storage.refuseWrites();
    // Leaving "Mine" writes its last changes with the list and the design opened, in one task.
    store.getState().storeDesign({ id: 'mine', name: 'Mine' }, exampleDesign(), 0);
    store.getState().storeLibrary({
      entries: [
        { id: 'mine', name: 'Mine', updatedAt: 2 },
        { id: 'next', name: 'Next', updatedAt: 3 },
      ],
    });
    store.getState().openDocument({ id: 'next', name: 'Next' }, EMPTY_DESIGN);
    await whenStored();
    expect(listed(store).map((e) => e.id)).toEqual(['mine']);
    const notice = store.getState().notices.find((n) => n.key === 'library-refused');
    expect(notice?.text).toContain('its storage is full');
    expect(notice?.unreadable?.text).toContain('"name":"Mine"');
  });
});
