import type { StoreApi } from 'zustand';
import type { DesignLibrary, LegacyDesign, LibraryEntry } from '../domain/design/designLibrary';
import { dialogOf } from './dialogs';
import { onStoredChange, onWriteRefused, removeStored, type StoredChange } from './browserStorage';
import type {
  DesignState,
  LibrarySlice,
  SliceTools,
  StoredDesigns,
  StoredEntry,
} from './designState';
import { designIdOf, designKey, loadStoredDesign, writeDesign } from './designStorage';
import { readStoredLibrary, writeLibrary } from './libraryStorage';
import { LIBRARY_KEY } from './storageKeys';

/**
 * One entry of the list. Its design is read through the saved-design gate only when `read`
 * (reading a design of thousands of resources takes a second); the open one never is: it is live.
 */
function entryOf(
  entry: LibraryEntry,
  legacy: ReadonlyMap<string, LegacyDesign>,
  openId: string,
  read: boolean,
): StoredEntry {
  if (entry.id === openId) return { ...entry, status: 'open' };
  if (legacy.has(entry.id)) {
    const reason = 'it is still being moved to its own storage; reload the page and try again';
    return { ...entry, status: 'unavailable', reason };
  }
  if (!read) return { ...entry, status: 'unread' };
  const stored = loadStoredDesign(entry);
  if (stored === undefined) {
    return { ...entry, status: 'unavailable', reason: 'it is no longer stored in this browser' };
  }
  return stored.ok
    ? { ...entry, status: 'readable', design: stored.design, rev: stored.rev }
    : { ...entry, status: 'unreadable', reason: stored.reason };
}

/**
 * The list as stored now. Designs already read are kept when `known` has them (their own
 * entries tell of their changes); the rest wait to be read.
 */
function readStoredDesigns(openId: string, known: readonly StoredEntry[] = []): StoredDesigns {
  const { library, unreadable, legacy } = readStoredLibrary();
  const before = new Map(known.map((e) => [e.id, e]));
  const entries = library.entries.map((entry) => {
    const old = before.get(entry.id);
    const keep = old && (old.status === 'readable' || old.status === 'unreadable');
    return keep && entry.id !== openId
      ? { ...old, ...entry }
      : entryOf(entry, legacy, openId, false);
  });
  return { entries, unreadable };
}

/** The same list with the entries of `ids` to be read again. */
function unreadEntries(
  designs: StoredDesigns,
  ids: readonly string[],
  openId: string,
): StoredDesigns {
  if (!designs.entries.some((e) => ids.includes(e.id))) return designs;
  const { legacy } = readStoredLibrary();
  return {
    ...designs,
    entries: designs.entries.map((e) =>
      ids.includes(e.id) ? entryOf(e, legacy, openId, false) : e,
    ),
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
      else if (id !== undefined) set({ library: unreadEntries(library, [id], document.id) });
      else if (change === undefined) set({ library: readStoredDesigns(document.id) });
    },
    readLibraryDesigns: () => {
      const { document, library } = get();
      if (!library.entries.some((e) => e.status === 'unread')) return;
      const { legacy } = readStoredLibrary();
      const entries = library.entries.map((e) =>
        e.status === 'unread' ? entryOf(e, legacy, document.id, true) : e,
      );
      set({ library: { ...library, entries } });
    },
    storeLibrary: (library) => writeLibrary(library),
    storeDesign: (document, design, seen) => writeDesign(document, design, seen),
    forgetDesign: (id) => removeStored(designKey(id)),
  };
}

/**
 * Keeps the library slice in step with storage: one subscription hears this tab's writes and
 * other tabs' alike. Designs are read while the start screen shows them (before it draws, as
 * store listeners run before React's); the open design is listed live, so its entry is read
 * only once another is open. Returns what stops it.
 */
export function watchLibrary(store: StoreApi<DesignState>): () => void {
  const stopStorage = onStoredChange((change: StoredChange) => {
    store.getState().refreshLibrary(change.key ?? undefined);
  });
  const stopState = store.subscribe((state, before) => {
    if (state.document.id !== before.document.id) {
      const ids = [state.document.id, before.document.id];
      store.setState({ library: unreadEntries(state.library, ids, state.document.id) });
    }
    if (dialogOf(store.getState().dialogs, 'start')) store.getState().readLibraryDesigns();
  });
  // The open design's own refusals are the autosave's to tell; these are the list's (a copy, a
  // rename, a delete the list took at once and IndexedDB then refused).
  const stopRefusals = onWriteRefused(({ keys, reason, values }) => {
    const open = designKey(store.getState().document.id);
    // A design left in the same moment (its last changes written as another opened) has its
    // changes nowhere else: they are offered for download rather than lost.
    const left = keys
      .filter((key) => key !== open && designIdOf(key) !== undefined)
      .map((key) => values.get(key))
      .find((value) => typeof value === 'string');
    if (keys.includes(open) && !left) return;
    store.getState().notify({
      tone: 'error',
      key: 'library-refused',
      text: left
        ? `This browser would not store the last change to your designs (${reason}), so the list is as it was and the latest changes to the design you left are only in the download here. Save the open design as a project file to keep it.`
        : `This browser would not store the last change to your designs (${reason}), so the list is as it was. Save the open design as a project file to keep it.`,
      ...(left ? { unreadable: { reason, text: left } } : {}),
    });
  });
  return () => {
    stopStorage();
    stopState();
    stopRefusals();
  };
}

/** The names and dates alone, as the list is stored. */
export const libraryOf = (designs: StoredDesigns): DesignLibrary => ({
  entries: designs.entries.map(({ id, name, updatedAt }) => ({ id, name, updatedAt })),
});
