import { libraryJson, readLibrary } from '../domain/design/designLibrary';
import { storedRevision } from '../domain/design/storedDesign';
import type { StorageBackend } from './storageBackend';
import { DESIGN_KEY_PREFIX, KEY_PREFIX, LIBRARY_KEY } from './storageKeys';
import { THEME_KEY } from './themePreference';

/** The app's entries in localStorage: what builds before IndexedDB stored, the theme aside. */
export function localStorageEntries(): Map<string, string> {
  const entries = new Map<string, string>();
  try {
    if (typeof localStorage === 'undefined') return entries;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key === null || !key.startsWith(KEY_PREFIX) || key === THEME_KEY) continue;
      const value = localStorage.getItem(key);
      if (value !== null) entries.set(key, value);
    }
  } catch {
    // Storage access throws in some privacy modes: there is nothing to move then.
  }
  return entries;
}

/**
 * Moves what localStorage holds into IndexedDB, once: each entry is copied, read back, and only
 * then deleted from localStorage, so a move cut short (a closed tab, a full disk) loses nothing
 * and the next load finishes it. `stored` is what IndexedDB held before; it is brought up to
 * date with what was moved. Rejects when IndexedDB refuses the copy; localStorage is then as it was.
 */
export async function moveFromLocalStorage(
  backend: StorageBackend,
  stored: Map<string, unknown>,
): Promise<void> {
  const local = localStorageEntries();
  if (local.size === 0) return;
  const wanted = new Map<string, string>();
  const copies = new Map<string, string>();
  for (const [key, value] of local) {
    const have = stored.get(key);
    const keep = typeof have === 'string' ? settle(key, have, value) : value;
    wanted.set(key, keep);
    if (keep !== have) copies.set(key, keep);
  }
  if (copies.size > 0) await backend.write(copies);
  const keys = [...wanted.keys()];
  const check = await backend.read(keys);
  keys.forEach((key, i) => {
    if (check[i] !== wanted.get(key)) return;
    stored.set(key, check[i]);
    try {
      localStorage.removeItem(key);
    } catch {
      // Left in localStorage, it is copied again (to no effect) at the next load.
    }
  });
}

/**
 * Both stores hold the entry: a tab of the older build wrote to localStorage after a move. The
 * newer revision of a design wins; the lists are merged so no design drops out of the list;
 * anything else keeps IndexedDB's value, the newer build's.
 */
function settle(key: string, stored: string, local: string): string {
  if (key.startsWith(DESIGN_KEY_PREFIX)) {
    return storedRevision(local) > storedRevision(stored) ? local : stored;
  }
  if (key !== LIBRARY_KEY) return stored;
  const ours = readLibrary(stored);
  const theirs = readLibrary(local);
  const known = new Set(ours.library.entries.map((e) => e.id));
  const added = theirs.library.entries.filter((e) => !known.has(e.id));
  if (added.length === 0) return stored;
  const legacy = new Map([...theirs.legacy, ...ours.legacy]);
  return libraryJson({ entries: [...ours.library.entries, ...added] }, legacy);
}
