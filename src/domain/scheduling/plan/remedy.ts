import { updateMigProfile } from '../../design/operations';
import type { Design, ResourceId } from '../../design/types';

/**
 * A refusal's fix the designer can make in one click, where the fix is a single design edit:
 * a MIG profile's NodeOverlay export (spec 2.2: Karpenter only knows MIG devices a NodeOverlay
 * adds). The single strategy advertises whole GPUs as `nvidia.com/gpu`, so a pod asking for a
 * `nvidia.com/mig-*` device needs the mixed strategy as well.
 */
export type PlacementRemedy =
  | { kind: 'enable-node-overlay'; profileId: ResourceId }
  | { kind: 'use-mixed-strategy'; profileId: ResourceId };

/** The design with the remedy applied; the same design when its profile is gone. */
export function applyRemedy(design: Design, remedy: PlacementRemedy): Design {
  return remedy.kind === 'enable-node-overlay'
    ? updateMigProfile(design, remedy.profileId, { nodeOverlay: true })
    : updateMigProfile(design, remedy.profileId, { strategy: 'mixed', nodeOverlay: true });
}
