import type { SessionSlice, SliceTools } from './designState';

/** Selection and the shared view: the tab's own, never saved nor undone. */
export function sessionSlice({ set, get, history }: SliceTools): SessionSlice {
  return {
    selection: [],
    selectedEdges: [],
    viewing: undefined,
    catalog: undefined,
    planner: undefined,
    checker: undefined,
    select: (selection, selectedEdges = []) => set({ selection, selectedEdges }),
    openShared: (design) => {
      // History is off in the shared view: undo there would bring the user's own states back
      // under the read-only banner.
      history().pause();
      set((state) => ({
        design,
        selection: [],
        selectedEdges: [],
        viewing: { ownDesign: state.viewing?.ownDesign ?? state.design },
      }));
    },
    leaveShared: () => {
      const { viewing } = get();
      if (!viewing) return;
      set({ design: viewing.ownDesign, viewing: undefined, selection: [], selectedEdges: [] });
      history().resume();
    },
    // Session state, not the document: zundo's partialize keeps it out of the undo history.
    setCatalog: (catalog, planner) => set({ catalog, planner }),
    setChecker: (checker) => set({ checker }),
  };
}
