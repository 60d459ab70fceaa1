import { useCallback } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';

/** Below this zoom a card's 14 px name is drawn under 5 px high: nothing on a card can be read. */
export const FAR_ZOOM = 0.35;

/**
 * Whether the canvas is zoomed out too far to read cards; changes only when crossing FAR_ZOOM.
 * React Flow sets its store's zoom in an effect after its first render, which would draw a
 * large design in full once at zoom 1: until then `openingZoom`, the zoom the canvas opens at,
 * answers.
 */
export function useFarZoom(openingZoom: number | undefined): boolean {
  const isFar = useCallback(
    (state: ReactFlowState) =>
      (state.panZoom || openingZoom === undefined ? state.transform[2] : openingZoom) < FAR_ZOOM,
    [openingZoom],
  );
  return useStore(isFar);
}
