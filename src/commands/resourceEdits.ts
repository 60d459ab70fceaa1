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
import type { Command } from './command';
import { runCommand } from './run';

/**
 * Edits from the inspector. `field` names what is being typed into, so a burst of keystrokes in
 * one field is one undo step.
 */
let lastRename: { id: ResourceId; followers: readonly ResourceId[]; result: Design } | undefined;

export const renameResourceCommand: Command<{ id: ResourceId; name: string }> = {
  id: 'rename-resource',
  label: 'Rename resource',
  editsDesign: true,
  run: (_, { id, name }) => {
    const { design, setDesign } = useDesignStore.getState();
    // While the user keeps typing the same name (nothing else changed the design in between),
    // the pools that followed the class at the first keystroke keep following it.
    const followers =
      lastRename?.id === id && lastRename.result === design
        ? lastRename.followers
        : classFollowers(design, id);
    setDesign((d) => rename(d, id, name, followers), `${id}:name`);
    lastRename = { id, followers, result: useDesignStore.getState().design };
  },
};

export const editNodePoolCommand: Command<{
  id: ResourceId;
  field: string;
  update: (pool: NodePool) => NodePool;
}> = {
  id: 'edit-nodepool',
  label: 'Edit NodePool',
  editsDesign: true,
  run: (_, { id, field, update }) =>
    useDesignStore.getState().setDesign((d) => updateNodePool(d, id, update), `${id}:${field}`),
};

export const editEC2NodeClassCommand: Command<{
  id: ResourceId;
  field: string;
  update: (nodeClass: EC2NodeClass) => EC2NodeClass;
}> = {
  id: 'edit-ec2nodeclass',
  label: 'Edit EC2NodeClass',
  editsDesign: true,
  run: (_, { id, field, update }) =>
    useDesignStore.getState().setDesign((d) => updateEC2NodeClass(d, id, update), `${id}:${field}`),
};

export const editMigProfileCommand: Command<{ id: ResourceId; patch: MigProfilePatch }> = {
  id: 'edit-mig-profile',
  label: 'Edit MIG profile',
  editsDesign: true,
  run: (_, { id, patch }) => {
    const field = Object.keys(patch).join(',');
    useDesignStore.getState().setDesign((d) => updateMigProfile(d, id, patch), `${id}:${field}`);
  },
};

/** An imported MIG pool gives up its own form for the designer's (the taint, the GPU pins). */
export const applyDesignerMigFormCommand: Command<{ poolId: ResourceId }> = {
  id: 'apply-designer-mig-form',
  label: 'Use the designer’s MIG form',
  editsDesign: true,
  run: (_, { poolId }) =>
    useDesignStore.getState().setDesign((d) => withDesignerMigForm(d, poolId)),
};

/** The end of a drag: one undo step however far the nodes travelled. */
export const moveResources: Command<{ positions: Record<ResourceId, Position> }> = {
  id: 'move-resources',
  label: 'Move resources',
  editsDesign: true,
  run: (_, { positions }) => useDesignStore.getState().setDesign((d) => move(d, positions)),
};

// The inspector's forms call these: each runs its command, as a toolbar button would.

export function renameResource(id: ResourceId, name: string): void {
  runCommand(renameResourceCommand, { id, name }, 'inspector');
}

export function editNodePool(
  id: ResourceId,
  field: string,
  update: (pool: NodePool) => NodePool,
): void {
  runCommand(editNodePoolCommand, { id, field, update }, 'inspector');
}

export function editEC2NodeClass(
  id: ResourceId,
  field: string,
  update: (nodeClass: EC2NodeClass) => EC2NodeClass,
): void {
  runCommand(editEC2NodeClassCommand, { id, field, update }, 'inspector');
}

export function editMigProfile(id: ResourceId, patch: MigProfilePatch): void {
  runCommand(editMigProfileCommand, { id, patch }, 'inspector');
}

export function applyDesignerMigForm(poolId: ResourceId): void {
  runCommand(applyDesignerMigFormCommand, { poolId }, 'inspector');
}
