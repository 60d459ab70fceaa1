import { createContext } from 'react';

/**
 * Whether the canvas is zoomed out past FAR_ZOOM, for every card at once. A context rather than
 * each card reading React Flow's viewport: a thousand cards would run a thousand selectors on
 * every pan and zoom step, and they all change together anyway.
 */
export const FarZoomContext = createContext(false);
