import { temporal, type TemporalState } from 'zundo';
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { DesignState, Notice, SliceTools } from './designState';
import { createAutosave } from './autosave';
import { loadStorage } from './browserStorage';
import { askForPersistentStorage } from './persistentStorage';
import { openStartingDesign, type OpenedDesign } from './designStorage';
import { documentSlice } from './documentSlice';
import { librarySlice, watchLibrary } from './librarySlice';
import { sessionSlice } from './sessionSlice';
import { uiSlice } from './uiSlice';

export type { DesignState, Notice };

/** The bound store with its undo history (zundo's `temporal`, over the design only). */
type DesignStore = UseBoundStore<StoreApi<DesignState>> & {
  temporal: StoreApi<TemporalState<Pick<DesignState, 'design'>>>;
};

/**
 * The store, its slices composed with middleware only here (zustand's slices pattern). No
 * `persist` middleware: it keeps one entry for the whole store, while each design has an entry
 * of its own that several tabs may write (see autosave.ts, which writes and listens, and
 * designStorage.ts, which reads through the saved-design gate).
 */
export function createDesignStore(opened: OpenedDesign): DesignStore {
  const notices: Notice[] = opened.problem
    ? [
        {
          id: 1,
          tone: 'error',
          text: opened.problem.text,
          ...(opened.problem.copy ? { unreadable: opened.problem.copy } : {}),
        },
      ]
    : [];
  const store: DesignStore = create<DesignState>()(
    temporal(
      (set, get) => {
        const tools: SliceTools = { set, get, history: () => store.temporal.getState() };
        return {
          ...documentSlice(tools, opened),
          ...sessionSlice(tools),
          ...uiSlice(tools, notices),
          ...librarySlice(tools, opened.document.id),
        };
      },
      {
        // Only the design is history; selection and notices are not worth an undo step.
        partialize: (state) => ({ design: state.design }),
        equality: (past, current) => past.design === current.design,
        limit: 200,
      },
    ),
  );
  // Loading the saved design is not an edit the user can undo.
  store.temporal.getState().clear();
  // For the store's lifetime, as long as the tab's: there is no store to stop listening for.
  watchLibrary(store);
  return store;
}

/**
 * Storage is read before the store exists (this module waits for it, and so does everything
 * that imports the store): the app never draws the example for a moment before the user's design.
 */
const loaded = await loadStorage();

/** What this tab opens: its own design after a reload, else the last one opened, else the example. */
const starting = openStartingDesign();

export const useDesignStore = createDesignStore(starting);

/** Keeps this tab's design stored, from the revision it opened at (started by main.tsx). */
export const autosave = createAutosave(useDesignStore, starting.rev, loaded);

if (loaded.ok) askForPersistentStorage();

/** Said once in a while, not on every keystroke or drag frame. */
export function readOnlyNotice(): void {
  useDesignStore.getState().refuseReadOnly();
}
