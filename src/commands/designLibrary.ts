import {
  findEntry,
  putEntry,
  removeEntry,
  uniqueDesignName,
  type DesignLibrary,
  type LibraryEntry,
} from '../domain/design/designLibrary';
import { EMPTY_DESIGN, type Design } from '../domain/design/types';
import { useDesignStore } from '../store/designStore';
import { loadLibrary, readStoredLibrary, saveLibrary } from '../store/libraryStorage';
import type { Command } from './command';
import { forgetSharedLocation } from './shareLink';

const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** The stored library, told to the user once if some of it could not be read. */
function storedLibrary(): DesignLibrary {
  const { library, unreadable, copy } = loadLibrary();
  if (unreadable.length > 0) {
    // Saving the readable rest stops the same message at every look; the copy keeps the rest.
    saveLibrary(library);
    useDesignStore.getState().notify({
      tone: 'error',
      text: `Some of the designs kept in this browser could not be read and are no longer listed: ${unreadable.join('; ')}.${copy ? ' A copy of the stored data is kept.' : ''}`,
      ...(copy ? { unreadable: copy } : {}),
    });
  }
  return library;
}

/**
 * Stores the library, or says the browser refused (storage full or off) and returns false, in
 * which case the caller changes nothing, so what was on screen is still there to be saved.
 */
function keep(library: DesignLibrary): boolean {
  if (saveLibrary(library)) return true;
  useDesignStore.getState().notify({
    tone: 'error',
    text: 'This browser would not store the change (its storage is full or turned off). Nothing was changed; save the open design as a project file to keep it.',
  });
  return false;
}

/** The open design as a library entry: the user's own, even while a shared one is shown. */
function currentEntry(updatedAt: number): LibraryEntry {
  const { document, design, viewing } = useDesignStore.getState();
  return { ...document, updatedAt, design: viewing?.ownDesign ?? design };
}

/**
 * Every design in the browser, the open one as it is now; for the start screen to render, so
 * it only reads (damage is reported when the screen is opened, by openStartScreen).
 */
export function listDesigns(): { entries: readonly LibraryEntry[]; openId: string } {
  const stored = readStoredLibrary().library;
  const openId = useDesignStore.getState().document.id;
  const old = findEntry(stored, openId);
  return { entries: putEntry(stored, currentEntry(old?.updatedAt ?? Date.now())).entries, openId };
}

/** Keeps the open design in the library, then opens `next`; refuses if the browser would not keep it. */
function switchTo(library: DesignLibrary, next: LibraryEntry): boolean {
  const withCurrent = putEntry(library, currentEntry(Date.now()));
  if (!keep(putEntry(withCurrent, { ...next, updatedAt: Date.now() + 1 }))) return false;
  useDesignStore.getState().openDocument({ id: next.id, name: next.name }, next.design);
  forgetSharedLocation();
  return true;
}

/** Opens one of the browser's designs, keeping the one that was open. */
export function openStoredDesign(id: string): void {
  if (id === useDesignStore.getState().document.id) {
    useDesignStore.getState().leaveShared();
    useDesignStore.getState().showStartScreen(false);
    return;
  }
  const library = storedLibrary();
  const entry = findEntry(library, id);
  if (!entry) {
    useDesignStore.getState().notify({ tone: 'error', text: 'That design is no longer here.' });
    return;
  }
  switchTo(library, entry);
}

/** Starts a new named design in the browser (blank, a template, a file), the open one kept. */
export function startDesign(name: string, design: Design): boolean {
  const library = putEntry(storedLibrary(), currentEntry(Date.now()));
  return switchTo(library, {
    id: newId(),
    name: uniqueDesignName(library, name),
    updatedAt: Date.now(),
    design,
  });
}

export function renameOpenDesign(name: string): void {
  const library = storedLibrary();
  const { document, renameDocument } = useDesignStore.getState();
  renameDocument(uniqueDesignName(putEntry(library, currentEntry(0)), name, document.id));
}

export function renameStoredDesign(id: string, name: string): void {
  if (id === useDesignStore.getState().document.id) {
    renameOpenDesign(name);
    return;
  }
  const library = storedLibrary();
  const entry = findEntry(library, id);
  if (!entry) return;
  keep(putEntry(library, { ...entry, name: uniqueDesignName(library, name, id) }));
}

export function duplicateStoredDesign(id: string): void {
  const { entries } = listDesigns();
  const entry = entries.find((e) => e.id === id);
  if (!entry) return;
  const library = putEntry(storedLibrary(), currentEntry(Date.now()));
  const copy: LibraryEntry = {
    id: newId(),
    name: uniqueDesignName(library, `${entry.name} copy`),
    updatedAt: Date.now(),
    design: entry.design,
  };
  keep(putEntry(library, copy));
}

/**
 * Deletes after asking: a stored design has no undo. Deleting the open one opens the most
 * recent other design, or a blank one when it was the last.
 */
export function deleteStoredDesign(id: string): void {
  const { entries } = listDesigns();
  const entry = entries.find((e) => e.id === id);
  if (!entry) return;
  useDesignStore.getState().askToConfirm({
    title: `Delete “${entry.name}”?`,
    body: 'It is removed from this browser and cannot be undone. A project file you saved of it is not affected.',
    confirmLabel: 'Delete design',
    onConfirm: () => {
      const library = removeEntry(storedLibrary(), id);
      if (id !== useDesignStore.getState().document.id) {
        keep(library);
        return;
      }
      const next = library.entries[0];
      const target: LibraryEntry = next ?? {
        id: newId(),
        name: 'Untitled design',
        updatedAt: Date.now(),
        design: EMPTY_DESIGN,
      };
      if (!keep(putEntry(library, target))) return;
      useDesignStore.getState().openDocument({ id: target.id, name: target.name }, target.design);
      useDesignStore.getState().showStartScreen(true);
    },
  });
}

/** Opens the start screen, first saying if any stored design could not be read. */
export const openStartScreen: Command = {
  id: 'open-start-screen',
  label: 'Designs…',
  run: () => {
    storedLibrary();
    useDesignStore.getState().showStartScreen(true);
  },
};
