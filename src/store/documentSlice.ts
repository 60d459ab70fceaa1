import type { DesignDocument } from '../domain/design/storedDesign';
import type { Design } from '../domain/design/types';
import type { DocumentSlice, SliceTools } from './designState';

/**
 * The document: the design and which stored design it is. Every change is one undo step,
 * except the changes of one gesture (typing in one field), which share the step the first made.
 */
export function documentSlice(
  { set, get, history }: SliceTools,
  opened: { document: DesignDocument; design: Design },
): DocumentSlice {
  return {
    design: opened.design,
    document: opened.document,
    gesture: undefined,
    setDesign: (update) => {
      const { viewing, gesture, design: before } = get();
      if (viewing) {
        get().refuseReadOnly();
        return;
      }
      // Joins the gesture's step only if nothing else (an undo, another panel) changed the design
      // since the gesture's last change.
      const joins = gesture?.after !== undefined && gesture.after === before;
      if (joins) history().pause();
      set((state) => {
        const design = update(state.design);
        if (design === state.design) return state;
        const alive = state.selection.filter((id) => Object.hasOwn(design.resources, id));
        return {
          design,
          selection: alive.length === state.selection.length ? state.selection : alive,
          ...(state.gesture ? { gesture: { ...state.gesture, after: design } } : {}),
        };
      });
      if (joins) history().resume();
    },
    beginGesture: () => {
      if (!get().gesture) set({ gesture: { after: undefined } });
    },
    endGesture: () => {
      if (get().gesture) set({ gesture: undefined });
    },
    noteInGesture: (note) =>
      set((state) => (state.gesture ? { gesture: { ...state.gesture, ...note } } : state)),
    openDocument: (document, design) => {
      set((state) => ({
        document,
        design,
        gesture: undefined,
        viewing: undefined,
        selection: [],
        selectedEdges: [],
        dialogs: state.dialogs.filter((d) => d.kind !== 'start'),
      }));
      history().resume();
      history().clear();
    },
    renameDocument: (name) => set((state) => ({ document: { ...state.document, name } })),
    adoptStored: (document, design) => {
      if (get().viewing) set({ document, viewing: { ownDesign: design } });
      else set({ document, design });
    },
  };
}
