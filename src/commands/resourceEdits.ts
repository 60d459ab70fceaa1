import {
  classFollowers,
  moveResources as move,
  renameResource as rename,
  updateEC2NodeClass,
  updateMigProfile,
  updateNodePool,
} from '../domain/design/operations';
import { withDesignerMigForm } from '../domain/design/poolMigProfile';
import type { Design, MigProfilePatch, Position, ResourceId } from '../domain/design/types';
import type { EC2NodeClass, NodePool } from '../domain/karpenter/model/types';
import { useDesignStore } from '../store/designStore';

/**
 * Edits from the inspector. `field` names what is being typed into, so a burst of keystrokes in
 * one field is one undo step.
 */
let lastRename: { id: ResourceId; followers: readonly ResourceId[]; result: Design } | undefined;

export function renameResource(id: ResourceId, name: string): void {
  const { design, setDesign } = useDesignStore.getState();
  // While the user keeps typing the same name (nothing else changed the design in between),
  // the pools that followed the class at the first keystroke keep following it.
  const followers =
    lastRename?.id === id && lastRename.result === design
      ? lastRename.followers
      : classFollowers(design, id);
  setDesign((d) => rename(d, id, name, followers), `${id}:name`);
  lastRename = { id, followers, result: useDesignStore.getState().design };
}

export function editNodePool(
  id: ResourceId,
  field: string,
  update: (pool: NodePool) => NodePool,
): void {
  useDesignStore.getState().setDesign((d) => updateNodePool(d, id, update), `${id}:${field}`);
}

export function editEC2NodeClass(
  id: ResourceId,
  field: string,
  update: (nodeClass: EC2NodeClass) => EC2NodeClass,
): void {
  useDesignStore.getState().setDesign((d) => updateEC2NodeClass(d, id, update), `${id}:${field}`);
}

export function editMigProfile(id: ResourceId, patch: MigProfilePatch): void {
  const field = Object.keys(patch).join(',');
  useDesignStore.getState().setDesign((d) => updateMigProfile(d, id, patch), `${id}:${field}`);
}

/** An imported MIG pool gives up its own form for the designer's (the taint, the GPU pins). */
export function applyDesignerMigForm(poolId: ResourceId): void {
  useDesignStore.getState().setDesign((d) => withDesignerMigForm(d, poolId));
}

/** The end of a drag: one undo step however far the nodes travelled. */
export function moveResources(positions: Record<ResourceId, Position>): void {
  useDesignStore.getState().setDesign((d) => move(d, positions));
}
