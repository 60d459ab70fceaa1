import { moveResources } from '../domain/design/operations';
import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

/** Lays the whole design out again along its references (one undo step). */
export const autoLayout: Command<void, Promise<void>> = {
  id: 'auto-layout',
  label: 'Auto layout',
  short: 'Layout',
  shortcuts: [{ key: 'l', shift: true }],
  editsDesign: true,
  isEnabled: (state) => Object.keys(state.design.resources).length > 0,
  run: async () => {
    // The layout library loads on first use, not with the canvas.
    const { layoutPositions } = await import('../domain/design/layout');
    const { setDesign, focusResources } = useDesignStore.getState();
    setDesign((design) => moveResources(design, layoutPositions(design)));
    focusResources(Object.keys(useDesignStore.getState().design.resources));
  },
};
