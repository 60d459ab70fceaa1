import {
  classFollowers,
  moveResources as move,
  renameResource as rename,
  updateEC2NodeClass,
  updateMigProfile,
  updateNodePool,
  updateWorkload,
} from '../domain/design/operations';
import type { WorkloadManifest } from '../domain/kube/workloadManifest';
import { withDesignerMigForm } from '../domain/design/poolMigProfile';
import type { MigProfilePatch, Position, ResourceId } from '../domain/design/types';
import type { EC2NodeClass, NodePool } from '../domain/karpenter/model/types';
import { useDesignStore } from '../store/designStore';
import type { Command } from './command';
import { runCommand } from './run';

/**
 * Edits from the inspector. Each is one undo step, or part of the gesture under way (typing in
 * one field: see the store's beginGesture).
 */
export const renameResourceCommand: Command<{ id: ResourceId; name: string }> = {
  id: 'rename-resource',
  label: 'Rename resource',
  editsDesign: true,
  run: (_, { id, name }) => {
    const { design, gesture, setDesign, noteInGesture } = useDesignStore.getState();
    // While the user keeps typing the same name (nothing else changed the design in between),
    // the pools that followed the class at the first keystroke keep following it.
    const kept = gesture?.renameFollowers;
    const followers =
      kept?.id === id && gesture?.after === design ? kept.followers : classFollowers(design, id);
    setDesign((d) => rename(d, id, name, followers));
    noteInGesture({ renameFollowers: { id, followers } });
  },
};

export const editNodePoolCommand: Command<{
  id: ResourceId;
  update: (pool: NodePool) => NodePool;
}> = {
  id: 'edit-nodepool',
  label: 'Edit NodePool',
  editsDesign: true,
  run: (_, { id, update }) =>
    useDesignStore.getState().setDesign((d) => updateNodePool(d, id, update)),
};

export const editEC2NodeClassCommand: Command<{
  id: ResourceId;
  update: (nodeClass: EC2NodeClass) => EC2NodeClass;
}> = {
  id: 'edit-ec2nodeclass',
  label: 'Edit EC2NodeClass',
  editsDesign: true,
  run: (_, { id, update }) =>
    useDesignStore.getState().setDesign((d) => updateEC2NodeClass(d, id, update)),
};

export const editMigProfileCommand: Command<{ id: ResourceId; patch: MigProfilePatch }> = {
  id: 'edit-mig-profile',
  label: 'Edit MIG profile',
  editsDesign: true,
  run: (_, { id, patch }) =>
    useDesignStore.getState().setDesign((d) => updateMigProfile(d, id, patch)),
};

export const editWorkloadCommand: Command<{
  id: ResourceId;
  update: (workload: WorkloadManifest) => WorkloadManifest;
}> = {
  id: 'edit-workload',
  label: 'Edit workload',
  editsDesign: true,
  run: (_, { id, update }) =>
    useDesignStore.getState().setDesign((d) => updateWorkload(d, id, update)),
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

export function editNodePool(id: ResourceId, update: (pool: NodePool) => NodePool): void {
  runCommand(editNodePoolCommand, { id, update }, 'inspector');
}

export function editEC2NodeClass(
  id: ResourceId,
  update: (nodeClass: EC2NodeClass) => EC2NodeClass,
): void {
  runCommand(editEC2NodeClassCommand, { id, update }, 'inspector');
}

export function editMigProfile(id: ResourceId, patch: MigProfilePatch): void {
  runCommand(editMigProfileCommand, { id, patch }, 'inspector');
}

export function editWorkload(
  id: ResourceId,
  update: (workload: WorkloadManifest) => WorkloadManifest,
): void {
  runCommand(editWorkloadCommand, { id, update }, 'inspector');
}

export function applyDesignerMigForm(poolId: ResourceId): void {
  runCommand(applyDesignerMigFormCommand, { poolId }, 'inspector');
}
