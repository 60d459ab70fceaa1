import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowserStorage } from '../../test/support/fakeBrowserStorage';
import { libraryJson, readLibrary } from '../domain/design/designLibrary';
import { readStoredDesign, storedDesignJson } from '../domain/design/storedDesign';
import { EMPTY_DESIGN } from '../domain/design/types';
import {
  keepUnstoredForNextStart,
  loadStorage,
  onStoredChange,
  readStored,
  removeStored,
  whenStored,
  writeStored,
  type StoredChange,
} from './browserStorage';
import { designKey } from './designStorage';
import { openIndexedDb, type StorageBackend } from './storageBackend';
import { LIBRARY_KEY } from './storageKeys';

let storage: ReturnType<typeof fakeBrowserStorage>;
beforeEach(() => {
  storage = fakeBrowserStorage();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const designText = (id: string, rev: number) =>
  storedDesignJson({ document: { id, name: id }, design: EMPTY_DESIGN, rev });

/** What IndexedDB holds, read as the next page load reads it. */
async function inIndexedDb(): Promise<Map<string, unknown>> {
  return new Map(await (await openIndexedDb()).readAll());
}

/** An IndexedDB that counts its transactions and can be told to refuse them. */
async function countingBackend() {
  const real = await openIndexedDb();
  const calls = { writes: 0, refusing: false };
  const backend: StorageBackend = {
    ...real,
    write: (changes) => {
      calls.writes += 1;
      return calls.refusing
        ? Promise.reject(new DOMException('full', 'QuotaExceededError'))
        : real.write(changes);
    },
  };
  return { backend, calls };
}

describe('stored entries in IndexedDB', () => {
  it('are read at once after a write and found by the next page load', async () => {
    await loadStorage();
    writeStored(designKey('a'), designText('a', 1));
    expect(readStored(designKey('a'))).toBe(designText('a', 1));
    await whenStored();
    expect((await inIndexedDb()).get(designKey('a'))).toBe(designText('a', 1));
    removeStored(designKey('a'));
    await whenStored();
    await loadStorage();
    expect(readStored(designKey('a'))).toBeNull();
  });

  it('writes what one task stored in one transaction, the last value of each entry', async () => {
    const { backend, calls } = await countingBackend();
    await loadStorage(() => Promise.resolve(backend));
    writeStored(designKey('a'), designText('a', 1));
    writeStored(designKey('a'), designText('a', 2));
    writeStored(LIBRARY_KEY, libraryJson({ entries: [{ id: 'a', name: 'a', updatedAt: 1 }] }));
    await whenStored();
    expect(calls.writes).toBe(1);
    expect((await inIndexedDb()).get(designKey('a'))).toBe(designText('a', 2));
  });

  it('takes back a write IndexedDB refused, so nothing claims to be stored that is not', async () => {
    const { backend, calls } = await countingBackend();
    await loadStorage(() => Promise.resolve(backend));
    writeStored(designKey('a'), designText('a', 1));
    await whenStored();
    calls.refusing = true;
    const heard: StoredChange[] = [];
    const stop = onStoredChange((change) => heard.push(change));
    writeStored(designKey('a'), designText('a', 2));
    writeStored(designKey('b'), designText('b', 1));
    await whenStored();
    stop();
    expect(readStored(designKey('a'))).toBe(designText('a', 1));
    expect(readStored(designKey('b'))).toBeNull();
    // The list hears the entries go back, as it heard them written.
    expect(heard.at(-1)).toEqual({ key: designKey('b'), newValue: null, fromOtherTab: false });
  });

  it('hears what another tab stored', async () => {
    await loadStorage();
    const heard: StoredChange[] = [];
    const stop = onStoredChange((change) => heard.push(change));
    storage.otherTab(designKey('theirs'), designText('theirs', 3));
    stop();
    expect(readStored(designKey('theirs'))).toBe(designText('theirs', 3));
    expect(heard).toEqual([
      { key: designKey('theirs'), newValue: designText('theirs', 3), fromOtherTab: true },
    ]);
  });

  it('gives a damaged record (not text) to the gate, which says it holds no design', async () => {
    await (await openIndexedDb()).write(new Map([[designKey('odd'), '']]));
    const store = await openIndexedDb();
    // Something other than this app wrote an object where the app keeps text.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('nodepool-designer');
      request.onsuccess = () => {
        const tx = request.result.transaction('entries', 'readwrite');
        tx.objectStore('entries').put({ rev: 'x' }, designKey('odd'));
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error('not written'));
      };
    });
    expect((await store.read([designKey('odd')]))[0]).toEqual({ rev: 'x' });
    await loadStorage();
    const read = readStoredDesign(readStored(designKey('odd')) ?? '', { id: 'odd', name: 'Odd' });
    expect(read).toMatchObject({ ok: false, reason: 'it does not contain a design' });
  });

  it('without IndexedDB refuses every write, and still opens what localStorage holds', async () => {
    storage.local.setItem(designKey('old'), designText('old', 4));
    const load = await loadStorage(() =>
      Promise.reject(new DOMException('blocked', 'SecurityError')),
    );
    expect(load).toEqual({
      ok: false,
      reason: 'it does not allow this site to store data (a private window, or a setting)',
    });
    expect(readStored(designKey('old'))).toBe(designText('old', 4));
    expect(writeStored(designKey('new'), designText('new', 1))).toBe(false);
    expect(storage.local.getItem(designKey('old'))).toBe(designText('old', 4));
  });
});

describe('the move from localStorage', () => {
  it('copies every entry, reads it back, then deletes it from localStorage; the theme stays', async () => {
    storage.local.setItem(designKey('a'), designText('a', 2));
    storage.local.setItem(
      LIBRARY_KEY,
      libraryJson({ entries: [{ id: 'a', name: 'a', updatedAt: 1 }] }),
    );
    storage.local.setItem('nodepool-designer:last-open', 'a');
    storage.local.setItem('nodepool-designer:theme', '{"state":{"preference":"dark"}}');
    await loadStorage();
    expect(readStored(designKey('a'))).toBe(designText('a', 2));
    expect(readStored('nodepool-designer:last-open')).toBe('a');
    expect([...storage.local.items.keys()]).toEqual(['nodepool-designer:theme']);
    const stored = await inIndexedDb();
    expect(stored.get(designKey('a'))).toBe(designText('a', 2));
    expect(stored.has('nodepool-designer:theme')).toBe(false);
  });

  it('keeps what a closing tab had not stored yet in localStorage, and the next start moves it in', async () => {
    await loadStorage();
    writeStored(designKey('a'), designText('a', 1));
    await whenStored();
    // The page goes before IndexedDB stores the last edit: its transaction never completes.
    const real = await openIndexedDb();
    const closing: StorageBackend = { ...real, write: () => new Promise<void>(() => undefined) };
    await loadStorage(() => Promise.resolve(closing));
    writeStored(designKey('a'), designText('a', 2));
    writeStored(designKey('b'), designText('b', 1));
    keepUnstoredForNextStart();
    expect(storage.local.getItem(designKey('a'))).toBe(designText('a', 2));
    expect(storage.local.getItem(designKey('b'))).toBe(designText('b', 1));
    await loadStorage();
    expect(readStored(designKey('a'))).toBe(designText('a', 2));
    expect(readStored(designKey('b'))).toBe(designText('b', 1));
    expect(storage.local.items.size).toBe(0);
    expect((await inIndexedDb()).get(designKey('a'))).toBe(designText('a', 2));
  });

  it('cut short by a refused copy, loses nothing and finishes at the next load', async () => {
    storage.local.setItem(designKey('a'), designText('a', 2));
    const { backend, calls } = await countingBackend();
    calls.refusing = true;
    await loadStorage(() => Promise.resolve(backend));
    expect(readStored(designKey('a'))).toBe(designText('a', 2));
    expect(storage.local.getItem(designKey('a'))).toBe(designText('a', 2));
    await loadStorage();
    expect(storage.local.getItem(designKey('a'))).toBeNull();
    expect((await inIndexedDb()).get(designKey('a'))).toBe(designText('a', 2));
  });

  it('finishes a half-done move: the newer revision of a design wins, the lists are merged', async () => {
    await loadStorage();
    writeStored(designKey('a'), designText('a', 5));
    writeStored(designKey('b'), designText('b', 1));
    writeStored(LIBRARY_KEY, libraryJson({ entries: [{ id: 'a', name: 'a', updatedAt: 2 }] }));
    await whenStored();
    // A tab of the older build kept writing to localStorage meanwhile.
    storage.local.setItem(designKey('a'), designText('a', 3));
    storage.local.setItem(designKey('b'), designText('b', 2));
    storage.local.setItem(
      LIBRARY_KEY,
      libraryJson({ entries: [{ id: 'b', name: 'b', updatedAt: 1 }] }),
    );
    await loadStorage();
    expect(readStored(designKey('a'))).toBe(designText('a', 5));
    expect(readStored(designKey('b'))).toBe(designText('b', 2));
    const names = readLibrary(readStored(LIBRARY_KEY)).library.entries.map((e) => e.id);
    expect(names.sort()).toEqual(['a', 'b']);
    expect(storage.local.length).toBe(0);
  });
});
