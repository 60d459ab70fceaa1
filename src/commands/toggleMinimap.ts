import type { DesignState } from '../store/designState';
import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

/**
 * Above this many resources a design no longer fits on one screen at a size where its cards
 * can be read (about five columns of four cards at zoom 1), and the minimap is how to find the
 * way around it; below, it would only cover part of a clean canvas.
 */
const MINIMAP_FROM = 20;

/** Whether the minimap shows: as the user chose, else on large designs only. */
export function minimapShown(state: Pick<DesignState, 'minimap' | 'design'>): boolean {
  return state.minimap ?? Object.keys(state.design.resources).length > MINIMAP_FROM;
}

/** Shows or hides the minimap, whatever the design's size, for the rest of the session. */
export const toggleMinimap: Command = {
  id: 'toggle-minimap',
  label: 'Show minimap',
  labelWhenOn: 'Hide minimap',
  shortcuts: [{ key: 'm', shift: true }],
  editsDesign: false,
  isOn: minimapShown,
  run: () => {
    const state = useDesignStore.getState();
    state.showMinimap(!minimapShown(state));
  },
};
