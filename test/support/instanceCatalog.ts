import {
  CATALOG_COLUMNS,
  CATALOG_ROWS,
  CATALOG_SOURCE,
} from '../../src/domain/karpenter/catalog/catalogData';
import { decodeCatalog } from '../../src/domain/karpenter/catalog/decodeCatalog';
import type { InstanceCatalog } from '../../src/domain/karpenter/catalog/instanceType';

/** The full catalog, decoded synchronously: tests and benchmarks need not await the chunk. */
export const CATALOG: InstanceCatalog = decodeCatalog(
  CATALOG_SOURCE,
  CATALOG_COLUMNS,
  CATALOG_ROWS,
);

export function instanceType(name: string) {
  const found = CATALOG.byName.get(name);
  if (!found) throw new Error(`${name} is not in the catalog`);
  return found;
}
