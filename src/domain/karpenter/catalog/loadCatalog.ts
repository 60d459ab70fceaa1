import { decodeCatalog } from './decodeCatalog';
import type { InstanceCatalog } from './instanceType';

let loading: Promise<InstanceCatalog> | undefined;

/**
 * The instance catalog, fetched once. It is a chunk of its own (about 23 KB gzip) that the entry
 * bundle never carries: the first caller pays for it, later ones share the same promise.
 */
export function loadInstanceCatalog(): Promise<InstanceCatalog> {
  loading ??= import('./catalogData').then(
    (data) => decodeCatalog(data.CATALOG_SOURCE, data.CATALOG_COLUMNS, data.CATALOG_ROWS),
    (error: unknown) => {
      // A failed fetch (offline before the chunk was cached) is not kept: the next call retries.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
