import { disconnect, selectReferencesFor } from './referenceEdits';
import { deleteResources } from '../domain/design/operations';
import { useDesignStore } from '../store/designStore';
import { selectEditable } from '../store/selectors';
import type { Command } from './command';

export const deleteSelection: Command = {
  id: 'delete-selection',
  label: 'Delete selection',
  shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
  isEnabled: () => {
    const state = useDesignStore.getState();
    return selectEditable(state) && (state.selection.length > 0 || state.selectedEdges.length > 0);
  },
  run: () => {
    const { selection, selectedEdges, setDesign, select } = useDesignStore.getState();
    const edges = selectReferencesFor(selectedEdges);
    setDesign((design) =>
      deleteResources(
        edges.reduce((d, edge) => disconnect(d, edge), design),
        selection,
      ),
    );
    select([]);
  },
};
