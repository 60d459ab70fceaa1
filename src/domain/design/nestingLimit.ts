import { MAX_NESTING } from './readSavedDesign';

/**
 * Levels a saved design puts above a manifest's own data, on its deepest path: the saved object
 * (a project file, a link's payload, a library entry as read), `design`, `resources`, the
 * resource by id, and its `source`, whose `data` is the manifest as written in YAML.
 */
export const SAVED_WRAPPER_LEVELS = 5;

/**
 * How deep a manifest may nest (its top mapping is level 1) and still be saved, shared and
 * opened again: whatever readSavedDesign takes, less the levels around it. Import refuses data
 * deeper than this, so a design never holds what its own project file or link cannot carry.
 */
export const MAX_MANIFEST_NESTING = MAX_NESTING - SAVED_WRAPPER_LEVELS;
