import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

/** Fits the view to the selected resources, or to the whole design when none is selected. */
export const zoomToSelection: Command = {
  id: 'zoom-to-selection',
  label: 'Zoom to selection',
  // Figma's key for it; Shift+1 there fits everything, which this does with nothing selected.
  shortcuts: [{ key: '2', shift: true }],
  editsDesign: false,
  isEnabled: (state) => Object.keys(state.design.resources).length > 0,
  run: () => {
    const { selection, design, focusResources } = useDesignStore.getState();
    const selected = selection.filter((id) => Object.hasOwn(design.resources, id));
    focusResources(selected.length > 0 ? selected : Object.keys(design.resources));
  },
};
