import { disconnect } from '../domain/design/references';
import { deleteResources } from '../domain/design/operations';
import { useDesignStore } from '../store/designStore';
import { selectReferencesFor } from '../store/selectors';
import type { Command } from './command';

/** Deletes the selected resources and the selected references, as one undo step. */
export const deleteSelection: Command = {
  id: 'delete-selection',
  label: 'Delete selection',
  short: 'Delete',
  shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
  editsDesign: true,
  isEnabled: (state) => state.selection.length > 0 || state.selectedEdges.length > 0,
  run: () => {
    const state = useDesignStore.getState();
    const { selection, selectedEdges, setDesign, select } = state;
    const doomed = new Set(selection);
    // A reference lives in its NodePool: one whose pool goes too needs no unpicking first (and
    // unpicking each of a select-all's thousand references copied the design a thousand times).
    const edges = selectReferencesFor(state, selectedEdges).filter(
      (edge) => !doomed.has(edge.kind === 'nodeClassRef' ? edge.source : edge.target),
    );
    setDesign((design) =>
      deleteResources(
        edges.reduce((d, edge) => disconnect(d, edge), design),
        selection,
      ),
    );
    select([]);
  },
};
