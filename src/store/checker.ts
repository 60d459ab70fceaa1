import type * as Engine from './checkerEngine';

/**
 * The validation rules as the store's selectors use them: a chunk of its own, so the canvas
 * paints without them. main.tsx loads it right after the first render; until it arrives the
 * problems list says "Checking…" rather than "No problems".
 */
export type Checker = typeof Engine;

/**
 * Loads the rules' chunk (once: the browser keeps the module) and hands it to the store. A failed
 * load (offline before the chunk was cached) leaves the list checking; main.tsx tries again
 * when the network comes back.
 */
export function loadCheckerInto(store: {
  getState: () => { checker: Checker | undefined; setChecker: (checker: Checker) => void };
}): Promise<void> {
  if (store.getState().checker) return Promise.resolve();
  return import('./checkerEngine').then(
    (checker) => store.getState().setChecker(checker),
    () => undefined,
  );
}
