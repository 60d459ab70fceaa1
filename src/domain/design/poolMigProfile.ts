import { withoutMigParts } from '../mig/migAttachment';
import type { Design, NodePoolResource, ResourceId } from './types';

/**
 * The pool in the form the designer gives a profile the user attached: a pool that adopted its
 * profile on import loses its own MIG taints and its GPU pins, which export then writes from the
 * profile. Requirements on the GPU written otherwise than the pins stay, as after any import.
 */
export function inDesignerMigForm(pool: NodePoolResource): NodePoolResource {
  if (!pool.migAdopted) return pool;
  const { migAdopted: _adopted, ...rest } = pool;
  return { ...rest, manifest: withoutMigParts(pool.manifest).manifest };
}

/** The user attached a profile (by an edge): it comes in the designer's form. */
export function withMigProfile(pool: NodePoolResource, profileId: ResourceId): NodePoolResource {
  return { ...inDesignerMigForm(pool), migProfileId: profileId };
}

/**
 * The pool without its MIG profile: the label goes with it, and so do an adopted pool's MIG
 * taints and pins, as they would for a profile the user attached. A pool left tainted for a
 * layout it no longer has would take no pod that does not tolerate MIG.
 */
export function withoutMigProfile(pool: NodePoolResource): NodePoolResource {
  const { migProfileId: _detached, ...rest } = inDesignerMigForm(pool);
  return rest;
}

/** The fix mig-pool-own-form offers: the pool takes the designer's form for its profile. */
export function withDesignerMigForm(design: Design, poolId: ResourceId): Design {
  const pool = design.resources[poolId];
  if (pool?.kind !== 'NodePool' || !pool.migAdopted) return design;
  return { ...design, resources: { ...design.resources, [poolId]: inDesignerMigForm(pool) } };
}
