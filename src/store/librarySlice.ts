import type { StoreApi } from 'zustand';
import type { DesignLibrary, LegacyDesign, LibraryEntry } from '../domain/design/designLibrary';
import { onStoredChange, removeStored, type StoredChange } from './browserStorage';
import type {
  DesignState,
  LibrarySlice,
  SliceTools,
  StoredDesigns,
  StoredEntry,
} from './designState';
import { designIdOf, designKey, loadStoredDesign, writeDesign } from './designStorage';
import { LIBRARY_KEY, readStoredLibrary, writeLibrary } from './libraryStorage';

/** One entry of the list, its design read through the saved-design gate (the open one is not: it is live). */
function readEntry(
  entry: LibraryEntry,
  legacy: ReadonlyMap<string, LegacyDesign>,
  openId: string,
): StoredEntry {
  if (entry.id === openId) return { ...entry, status: 'open' };
  if (legacy.has(entry.id)) {
    const reason = 'it is still being moved to its own storage; reload the page and try again';
    return { ...entry, status: 'unavailable', reason };
  }
  const read = loadStoredDesign(entry);
  if (read === undefined) {
    return { ...entry, status: 'unavailable', reason: 'it is no longer stored in this browser' };
  }
  return read.ok
    ? { ...entry, status: 'readable', design: read.design, rev: read.rev }
    : { ...entry, status: 'unreadable', reason: read.reason };
}

/**
 * The list as stored now. Designs already read are kept when `known` has them (their own
 * entries tell of their changes); the rest are read.
 */
function readStoredDesigns(openId: string, known: readonly StoredEntry[] = []): StoredDesigns {
  const { library, unreadable, legacy } = readStoredLibrary();
  const before = new Map(known.map((e) => [e.id, e]));
  const entries = library.entries.map((entry) => {
    const old = before.get(entry.id);
    const keep = old && (old.status === 'readable' || old.status === 'unreadable');
    return keep && entry.id !== openId ? { ...old, ...entry } : readEntry(entry, legacy, openId);
  });
  return { entries, unreadable };
}

/** The same list with one entry read again. */
function rereadEntry(designs: StoredDesigns, id: string, openId: string): StoredDesigns {
  if (!designs.entries.some((e) => e.id === id)) return designs;
  const { legacy } = readStoredLibrary();
  return {
    ...designs,
    entries: designs.entries.map((e) => (e.id === id ? readEntry(e, legacy, openId) : e)),
  };
}

/**
 * The designs kept in this browser, as the start screen lists them. The slice only reads;
 * storage tells it of every change (see `watchLibrary`), whoever wrote it.
 */
export function librarySlice({ set, get }: SliceTools, openId: string): LibrarySlice {
  return {
    library: readStoredDesigns(openId),
    refreshLibrary: (change) => {
      const { document, library } = get();
      const id = change === undefined ? undefined : designIdOf(change);
      if (change === LIBRARY_KEY) set({ library: readStoredDesigns(document.id, library.entries) });
      else if (id !== undefined) set({ library: rereadEntry(library, id, document.id) });
      else if (change === undefined) set({ library: readStoredDesigns(document.id) });
    },
    storeLibrary: (library) => writeLibrary(library),
    storeDesign: (document, design, seen) => writeDesign(document, design, seen),
    forgetDesign: (id) => removeStored(designKey(id)),
  };
}

/**
 * Keeps the library slice in step with storage: one subscription hears this tab's writes and
 * other tabs' alike. The open design is listed live, so its entry is read only once another
 * is open. Returns what stops it.
 */
export function watchLibrary(store: StoreApi<DesignState>): () => void {
  const stopStorage = onStoredChange((change: StoredChange) => {
    store.getState().refreshLibrary(change.key ?? undefined);
  });
  const stopOpen = store.subscribe((state, before) => {
    if (state.document.id === before.document.id) return;
    const { legacy } = readStoredLibrary();
    const entries = state.library.entries.map((e) =>
      e.id === state.document.id || e.id === before.document.id
        ? readEntry(e, legacy, state.document.id)
        : e,
    );
    store.setState({ library: { ...state.library, entries } });
  });
  return () => {
    stopStorage();
    stopOpen();
  };
}

/** The names and dates alone, as the list is stored. */
export const libraryOf = (designs: StoredDesigns): DesignLibrary => ({
  entries: designs.entries.map(({ id, name, updatedAt }) => ({ id, name, updatedAt })),
});
