import { loadInstanceCatalog } from '../domain/karpenter/catalog/loadCatalog';
import type { DesignState } from './designState';
import { loadPlanner } from './planner';

/**
 * Loads the instance catalog's chunk and the scheduling engine's, together, once, and hands them
 * to the store's session (started by main.tsx after the first render, so the entry bundle and the
 * first paint never wait for them). A failed load (offline before the chunks were cached) leaves
 * the catalog unset: the rules that need it stay silent rather than guess, the plan says
 * "planning".
 */
export function loadCatalogInto(store: {
  getState: () => Pick<DesignState, 'setCatalog'>;
}): Promise<void> {
  return Promise.all([loadInstanceCatalog(), loadPlanner()]).then(
    ([catalog, planner]) => store.getState().setCatalog(catalog, planner),
    () => undefined,
  );
}
