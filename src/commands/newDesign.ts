import { exampleDesign } from '../domain/design/example';
import { EMPTY_DESIGN } from '../domain/design/types';
import { useDesignStore } from '../store/designStore';
import { selectEditable } from '../store/selectors';
import type { Command } from './command';

export const newDesign: Command = {
  id: 'new-design',
  label: 'New design',
  run: () => {
    const { setDesign, select } = useDesignStore.getState();
    select([]);
    setDesign(() => EMPTY_DESIGN);
  },
  isEnabled: () => {
    const state = useDesignStore.getState();
    return selectEditable(state) && Object.keys(state.design.resources).length > 0;
  },
};

export const openExample: Command = {
  id: 'open-example',
  label: 'Open example design',
  run: () => {
    const { setDesign, select } = useDesignStore.getState();
    select([]);
    setDesign(() => exampleDesign());
  },
};
