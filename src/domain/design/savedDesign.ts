import { isObject } from '../lib/isObject';
import { migProfileFieldsForConfig } from '../mig/migLayout';

/**
 * Versions of the design as saved in the browser. Bump SAVED_DESIGN_VERSION when the shape of
 * `Design` changes, and add a step to MIGRATIONS that lifts the previous version to it.
 */
export const SAVED_DESIGN_VERSION = 2;

type Migration = (state: unknown) => unknown;

/**
 * Version 1 knew a MIG profile only by its config name. Version 2 names the GPU, the strategy
 * and how the layout is applied; a v1 profile gets the GPU its config name most likely meant.
 */
function addMigProfileFields(state: unknown): unknown {
  if (!isObject(state) || !isObject(state.design) || !isObject(state.design.resources)) {
    return state;
  }
  // fromEntries, not assignment: a resource saved under `__proto__` stays a key for restore.
  const resources = Object.fromEntries(
    Object.entries(state.design.resources).map(([id, r]) => [
      id,
      isObject(r) && r.kind === 'MigProfile' && typeof r.config === 'string'
        ? { ...migProfileFieldsForConfig(r.config), ...r }
        : r,
    ]),
  );
  return { ...state, design: { ...state.design, resources } };
}

/** MIGRATIONS[n] lifts a version-n state to version n + 1. */
const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: addMigProfileFields };

export class UnreadableSavedDesign extends Error {}

export function migrateSavedDesign(state: unknown, fromVersion: number): unknown {
  if (fromVersion > SAVED_DESIGN_VERSION) {
    throw new UnreadableSavedDesign(
      `it was saved by a newer version of the designer (format ${fromVersion}, this one reads ${SAVED_DESIGN_VERSION})`,
    );
  }
  let current = state;
  for (let v = fromVersion; v < SAVED_DESIGN_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new UnreadableSavedDesign(`format ${fromVersion} is too old to read`);
    current = step(current);
  }
  return current;
}
