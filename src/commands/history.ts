import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

const history = () => useDesignStore.temporal.getState();

export const undo: Command = {
  id: 'undo',
  label: 'Undo',
  shortcuts: [{ key: 'z', mod: true }],
  run: () => history().undo(),
  isEnabled: () => history().pastStates.length > 0,
};

export const redo: Command = {
  id: 'redo',
  label: 'Redo',
  shortcuts: [
    { key: 'z', mod: true, shift: true },
    { key: 'y', mod: true },
  ],
  run: () => history().redo(),
  isEnabled: () => history().futureStates.length > 0,
};
