/**
 * Versions of the design as saved in the browser. Bump SAVED_DESIGN_VERSION when the shape of
 * `Design` changes, and add a step to MIGRATIONS that lifts the previous version to it.
 */
export const SAVED_DESIGN_VERSION = 1;

type Migration = (state: unknown) => unknown;

/** MIGRATIONS[n] lifts a version-n state to version n + 1. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {};

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
