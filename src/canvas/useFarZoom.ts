import { useStore, type ReactFlowState } from '@xyflow/react';

/** Below this zoom a card's 14 px name is drawn under 5 px high: nothing on a card can be read. */
export const FAR_ZOOM = 0.35;

const isFar = (state: ReactFlowState) => state.transform[2] < FAR_ZOOM;

/** Whether the canvas is zoomed out too far to read cards; changes only when crossing FAR_ZOOM. */
export function useFarZoom(): boolean {
  return useStore(isFar);
}
