// Which pools have a MIG profile: read by the validation rules and the planner as well as the
// export, so apart from the MIG documents' writer and the YAML library it brings.
import { nodePools, resourceById } from '../../design/resources';
import type { Design, NodePoolResource } from '../../design/types';
import type { MigProfileResource } from '../../mig/migProfile';

export interface MigUse {
  pool: NodePoolResource;
  profile: MigProfileResource;
}

/** Every pool with a MIG profile attached, by pool name. */
export function migUses(design: Design): MigUse[] {
  return nodePools(design)
    .flatMap((pool) => {
      const profile = pool.migProfileId ? resourceById(design, pool.migProfileId) : undefined;
      return profile?.kind === 'MigProfile' ? [{ pool, profile }] : [];
    })
    .sort((a, b) => (a.pool.manifest.metadata.name < b.pool.manifest.metadata.name ? -1 : 1));
}
