import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

const history = () => useDesignStore.temporal.getState();

// Both edit the design: a shared design is shown with history off, and undo there would
// bring the visitor's own states under the read-only banner.
export const undo: Command = {
  id: 'undo',
  label: 'Undo',
  shortcuts: [{ key: 'z', mod: true }],
  editsDesign: true,
  isEnabled: (_, { pastStates }) => pastStates.length > 0,
  run: () => history().undo(),
};

export const redo: Command = {
  id: 'redo',
  label: 'Redo',
  shortcuts: [
    { key: 'z', mod: true, shift: true },
    { key: 'y', mod: true },
  ],
  editsDesign: true,
  isEnabled: (_, { futureStates }) => futureStates.length > 0,
  run: () => history().redo(),
};
