import {
  CATALOG_COLUMNS,
  CATALOG_ROWS,
  CATALOG_SOURCE,
} from '../domain/karpenter/catalog/catalogData';
import { decodeCatalog } from '../domain/karpenter/catalog/decodeCatalog';
import type { InstanceCatalog } from '../domain/karpenter/catalog/instanceType';

let decoded: InstanceCatalog | undefined;

/**
 * The instance catalog the app fetches as a lazy chunk, bundled into the CLI and decoded on
 * first use: `--version` and `--help` never pay for it.
 */
export function nodeCatalog(): InstanceCatalog {
  decoded ??= decodeCatalog(CATALOG_SOURCE, CATALOG_COLUMNS, CATALOG_ROWS);
  return decoded;
}
