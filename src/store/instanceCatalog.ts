import { loadInstanceCatalog } from '../domain/karpenter/catalog/loadCatalog';
import type { DesignState } from './designState';

/**
 * Loads the instance catalog's chunk once and hands it to the store's session (started by
 * main.tsx after the first render, so the entry bundle and the first paint never wait for it).
 * A failed load (offline before the chunk was cached) leaves the catalog unset: the rules that
 * need it stay silent rather than guess.
 */
export function loadCatalogInto(store: {
  getState: () => Pick<DesignState, 'setCatalog'>;
}): Promise<void> {
  return loadInstanceCatalog().then(
    (catalog) => store.getState().setCatalog(catalog),
    () => undefined,
  );
}
