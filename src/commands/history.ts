import { useDesignStore } from '../store/designStore';
import { selectEditable } from '../store/selectors';
import type { Command } from './command';

// A shared design is shown read-only with history off: undo there would bring the visitor's
// own states under the read-only banner.
const editable = () => selectEditable(useDesignStore.getState());

const history = () => useDesignStore.temporal.getState();

export const undo: Command = {
  id: 'undo',
  label: 'Undo',
  shortcuts: [{ key: 'z', mod: true }],
  run: () => {
    if (editable()) history().undo();
  },
  isEnabled: () => editable() && history().pastStates.length > 0,
};

export const redo: Command = {
  id: 'redo',
  label: 'Redo',
  shortcuts: [
    { key: 'z', mod: true, shift: true },
    { key: 'y', mod: true },
  ],
  run: () => {
    if (editable()) history().redo();
  },
  isEnabled: () => editable() && history().futureStates.length > 0,
};
