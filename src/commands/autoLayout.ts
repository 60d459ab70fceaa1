import { moveResources } from '../domain/design/operations';
import { useDesignStore } from '../store/designStore';
import { selectEditable } from '../store/selectors';
import type { Command } from './command';

/** Lays the whole design out again along its references (one undo step). */
export const autoLayout: Command = {
  id: 'auto-layout',
  label: 'Auto layout',
  shortcuts: [{ key: 'l', shift: true }],
  isEnabled: () => {
    const state = useDesignStore.getState();
    return selectEditable(state) && Object.keys(state.design.resources).length > 0;
  },
  run: async () => {
    // The layout library loads on first use, not with the canvas.
    const { layoutPositions } = await import('../domain/design/layout');
    const { setDesign, focusResources } = useDesignStore.getState();
    setDesign((design) => moveResources(design, layoutPositions(design)));
    focusResources(Object.keys(useDesignStore.getState().design.resources));
  },
};
