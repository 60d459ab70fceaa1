import { useDesignStore } from '../store/designStore';
import { selectReferences } from '../store/selectors';
import type { Command } from './command';

/**
 * Selects every resource and the references between them, as a canvas app's Select all does:
 * Delete then clears the canvas in one undo step. Selection is the session's, so this is no
 * edit and works on a shared design too.
 */
export const selectAll: Command = {
  id: 'select-all',
  label: 'Select all',
  shortcuts: [{ key: 'a', mod: true }],
  editsDesign: false,
  // Under a dialog the canvas is out of reach: Ctrl+A there is the dialog's (its text).
  isEnabled: (state) =>
    state.dialogs.length === 0 && Object.keys(state.design.resources).length > 0,
  run: () => {
    const state = useDesignStore.getState();
    state.select(
      Object.keys(state.design.resources),
      selectReferences(state).map((reference) => reference.id),
    );
  },
};
