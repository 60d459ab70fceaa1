import { putEntry, type LibraryEntry } from '../domain/design/designLibrary';
import type { DesignDocument } from '../domain/design/storedDesign';
import type { Design } from '../domain/design/types';
import type { DesignState, StoredDesigns } from './designState';
import { useDesignStore } from './designStore';
import { libraryOf } from './librarySlice';

/** A design of this browser as the start screen lists it. */
export interface ListedDesign extends LibraryEntry {
  design: Design;
}

/** The user's own open design, even while a shared one is shown. */
export function openDesign(state: DesignState = useDesignStore.getState()): {
  document: DesignDocument;
  design: Design;
} {
  const { document, design, viewing } = state;
  return { document, design: viewing?.ownDesign ?? design };
}

/**
 * Every design in the browser that can be opened, the open one as it is now, for the start
 * screen to render (damage is reported when the screen is opened, by the open-start-screen
 * command). `now` dates the open design when the list does not hold it yet.
 */
export function listDesigns(
  library: StoredDesigns,
  open: { document: DesignDocument; design: Design },
  now: number,
): { entries: readonly ListedDesign[]; openId: string } {
  const stored = new Map(library.entries.map((e) => [e.id, e]));
  const updatedAt = stored.get(open.document.id)?.updatedAt ?? now;
  const withOpen = putEntry(libraryOf(library), { ...open.document, updatedAt });
  const entries: ListedDesign[] = [];
  for (const entry of withOpen.entries) {
    const read = stored.get(entry.id);
    if (entry.id === open.document.id) entries.push({ ...entry, design: open.design });
    else if (read?.status === 'readable') entries.push({ ...entry, design: read.design });
  }
  return { entries, openId: open.document.id };
}
