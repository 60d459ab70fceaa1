/** Every entry the app stores starts with this. */
export const KEY_PREFIX = 'nodepool-designer:';
/**
 * Where each design lives: one entry per design, so an edit writes only the design it changes
 * and two tabs with two designs never write the same entry.
 */
export const DESIGN_KEY_PREFIX = `${KEY_PREFIX}design/`;
/** The list of the browser's designs (names and dates). */
export const LIBRARY_KEY = `${KEY_PREFIX}designs`;
