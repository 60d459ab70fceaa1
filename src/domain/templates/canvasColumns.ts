import type {
  Design,
  EC2NodeClassResource,
  NodePoolResource,
  Resource,
  ResourceId,
} from '../design/types';
import type { MigProfileResource } from '../mig/migProfile';
import type { EC2NodeClass, NodePool } from '../karpenter/model/types';

/*
 * The columns the example design uses, so every template opens as tidily as it does: MIG
 * profiles on the left, pools in a column beside them, the classes they share on the right,
 * each pool a row of ROW_HEIGHT.
 */
const MIG_PROFILE_X = -220;
const POOL_X = 60;
const CLASS_X = 400;
const ROW_HEIGHT = 200;
/** A profile card is shorter than a pool card; this centres it on its pool. */
const MIG_PROFILE_NUDGE = 10;

type MigProfileFields = Omit<MigProfileResource, 'id' | 'kind' | 'position' | 'name'>;

export function poolInRow(
  id: ResourceId,
  row: number,
  manifest: NodePool,
  migProfileId?: ResourceId,
): NodePoolResource {
  const pool: NodePoolResource = {
    id,
    kind: 'NodePool',
    position: { x: POOL_X, y: row * ROW_HEIGHT },
    manifest,
  };
  return migProfileId ? { ...pool, migProfileId } : pool;
}

/** A class level with the pools it serves: row 0.5 sits between the pools of rows 0 and 1. */
export function classInRow(
  id: ResourceId,
  row: number,
  manifest: EC2NodeClass,
): EC2NodeClassResource {
  return { id, kind: 'EC2NodeClass', position: { x: CLASS_X, y: row * ROW_HEIGHT }, manifest };
}

export function migProfileInRow(
  id: ResourceId,
  row: number,
  name: string,
  fields: MigProfileFields,
): MigProfileResource {
  return {
    id,
    kind: 'MigProfile',
    position: { x: MIG_PROFILE_X, y: row * ROW_HEIGHT + MIG_PROFILE_NUDGE },
    name,
    ...fields,
  };
}

export function designOf(resources: readonly Resource[]): Design {
  return { resources: Object.fromEntries(resources.map((r) => [r.id, r])) };
}
