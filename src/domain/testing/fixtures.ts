import { gpuModel, type GpuModel } from '../mig/gpuModels';
import { migProfileFieldsForConfig } from '../mig/migLayout';
/**
 * Builders for the designs domain tests start from. Imported only by tests, but plain
 * TypeScript (no vitest, no DOM) so it typechecks with the rest of src/domain.
 *
 * Ids follow the pattern the example design uses (`nc-<name>`, `np-<name>`, `mig-<name>`), so
 * a test can name a resource by its id without holding on to the object.
 */
import type { IdSource } from '../design/operations';
import type {
  Design,
  EC2NodeClassResource,
  NodePoolResource,
  Position,
  Resource,
} from '../design/types';
import type { MigProfileResource } from '../mig/migProfile';
import { defaultEC2NodeClass, defaultNodePool } from '../karpenter/defaults';

export const ORIGIN: Position = { x: 0, y: 0 };

/** A default EC2NodeClass named `name`, at the origin. */
export function nodeClass(name: string, id = `nc-${name}`): EC2NodeClassResource {
  return { id, kind: 'EC2NodeClass', position: ORIGIN, manifest: defaultEC2NodeClass(name) };
}

/** A default NodePool named `name` whose nodeClassRef names `className`, at the origin. */
export function nodePool(name: string, className = 'default', id = `np-${name}`): NodePoolResource {
  return { id, kind: 'NodePool', position: ORIGIN, manifest: defaultNodePool(name, className) };
}

/** A MIG profile with the layout a new profile gets (`all-1g.10gb`) unless told otherwise. */
export function migProfile(
  name: string,
  config = 'all-1g.10gb',
  id = `mig-${name}`,
): MigProfileResource {
  return { id, kind: 'MigProfile', position: ORIGIN, name, ...migProfileFieldsForConfig(config) };
}

/** A design holding exactly these resources, keyed by their ids. */
export function designOf(...resources: Resource[]): Design {
  return { resources: Object.fromEntries(resources.map((r) => [r.id, r])) };
}

/** Ids `NodePool-1`, `EC2NodeClass-2`, ...: deterministic, counting across kinds. */
export function sequentialIds(): IdSource {
  let n = 0;
  return (kind) => `${kind}-${++n}`;
}

/** Pools `spot` and `ondemand` sharing class `gpu`, and pool `web` alone on class `general`. */
export function sharedClassDesign(): Design {
  return designOf(
    nodeClass('gpu'),
    nodeClass('general'),
    nodePool('spot', 'gpu'),
    nodePool('ondemand', 'gpu'),
    nodePool('web', 'general'),
  );
}

/** A GPU model by id, for tests that need the model itself. */
export function gpuOf(id: string): GpuModel {
  const model = gpuModel(id);
  if (!model) throw new Error(`no GPU ${id}`);
  return model;
}

/** Names Object.prototype answers to: as resource ids they must find the design's, not its. */
export const PROTOTYPE_IDS = [
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'isPrototypeOf',
] as const;

/**
 * Classes `gpu` and `general`, pools `spot` (with MIG profile `h100`), `web` and `batch`, every
 * id one of PROTOTYPE_IDS, each at a position of its own.
 */
export function prototypeIdDesign(): Design {
  const at = (i: number): Position => ({ x: 300 * i, y: 40 * i });
  return designOf(
    { ...nodeClass('gpu', 'constructor'), position: at(0) },
    { ...nodeClass('general', 'toString'), position: at(1) },
    {
      ...nodePool('spot', 'gpu', 'hasOwnProperty'),
      position: at(2),
      migProfileId: 'isPrototypeOf',
    },
    { ...nodePool('web', 'general', 'valueOf'), position: at(3) },
    { ...nodePool('batch', 'gpu', '__defineGetter__'), position: at(4) },
    { ...migProfile('h100', 'all-1g.10gb', 'isPrototypeOf'), position: at(5) },
  );
}
