import { putEntry, type LibraryEntry } from '../domain/design/designLibrary';
import type { DesignDocument } from '../domain/design/storedDesign';
import type { Design } from '../domain/design/types';
import { loadStoredDesign } from './designStorage';
import { useDesignStore } from './designStore';
import { readStoredLibrary } from './libraryStorage';

/** A design of this browser as the start screen lists it. */
export interface ListedDesign extends LibraryEntry {
  design: Design;
}

/** The user's own open design, even while a shared one is shown. */
export function openDesign(): { document: DesignDocument; design: Design } {
  const { document, design, viewing } = useDesignStore.getState();
  return { document, design: viewing?.ownDesign ?? design };
}

/** A stored design, read through the gate; its reason when it cannot be read. */
export function readDesign(entry: LibraryEntry): { design: Design; rev: number } | string {
  const legacy = readStoredLibrary().legacy.get(entry.id);
  if (legacy) return 'it is still being moved to its own storage; reload the page and try again';
  const read = loadStoredDesign(entry);
  if (read === undefined) return 'it is no longer stored in this browser';
  return read.ok ? { design: read.design, rev: read.rev } : read.reason;
}

/**
 * Every design in the browser, the open one as it is now; for the start screen to render, so
 * it only reads (damage is reported when the screen is opened, by the open-start-screen command).
 */
export function listDesigns(): { entries: readonly ListedDesign[]; openId: string } {
  const { library } = readStoredLibrary();
  const open = openDesign();
  const old = library.entries.find((e) => e.id === open.document.id);
  const withOpen = putEntry(library, { ...open.document, updatedAt: old?.updatedAt ?? Date.now() });
  const entries: ListedDesign[] = [];
  for (const entry of withOpen.entries) {
    if (entry.id === open.document.id) {
      entries.push({ ...entry, design: open.design });
      continue;
    }
    const read = readDesign(entry);
    if (typeof read !== 'string') entries.push({ ...entry, design: read.design });
  }
  return { entries, openId: open.document.id };
}
