import {
  classFollowers,
  moveResources as move,
  renameResource as rename,
  updateEC2NodeClass,
  updateMigProfile,
  updateNodePool,
} from '../domain/design/operations';
import { withDesignerMigForm } from '../domain/design/poolMigProfile';
import type { MigProfilePatch, Position, ResourceId } from '../domain/design/types';
import type { EC2NodeClass, NodePool } from '../domain/karpenter/model/types';
import { useDesignStore } from '../store/designStore';

/**
 * Edits from the inspector. Each is one undo step, or part of the gesture under way (typing in
 * one field: see the store's beginGesture).
 */
export function renameResource(id: ResourceId, name: string): void {
  const { design, gesture, setDesign, noteInGesture } = useDesignStore.getState();
  // While the user keeps typing the same name (nothing else changed the design in between),
  // the pools that followed the class at the first keystroke keep following it.
  const kept = gesture?.renameFollowers;
  const followers =
    kept?.id === id && gesture?.after === design ? kept.followers : classFollowers(design, id);
  setDesign((d) => rename(d, id, name, followers));
  noteInGesture({ renameFollowers: { id, followers } });
}

export function editNodePool(id: ResourceId, update: (pool: NodePool) => NodePool): void {
  useDesignStore.getState().setDesign((d) => updateNodePool(d, id, update));
}

export function editEC2NodeClass(
  id: ResourceId,
  update: (nodeClass: EC2NodeClass) => EC2NodeClass,
): void {
  useDesignStore.getState().setDesign((d) => updateEC2NodeClass(d, id, update));
}

export function editMigProfile(id: ResourceId, patch: MigProfilePatch): void {
  useDesignStore.getState().setDesign((d) => updateMigProfile(d, id, patch));
}

/** An imported MIG pool gives up its own form for the designer's (the taint, the GPU pins). */
export function applyDesignerMigForm(poolId: ResourceId): void {
  useDesignStore.getState().setDesign((d) => withDesignerMigForm(d, poolId));
}

/** The end of a drag: one undo step however far the nodes travelled. */
export function moveResources(positions: Record<ResourceId, Position>): void {
  useDesignStore.getState().setDesign((d) => move(d, positions));
}
