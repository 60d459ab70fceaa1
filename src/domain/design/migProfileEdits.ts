/**
 * The inspector's MIG profile edits, as patches: what else changes when the GPU, the layout or
 * the mix changes. A layout with two profiles needs the mixed strategy, and mixed needs
 * Karpenter told the capacity (NodeOverlays), so both come on with it, as for NVIDIA's layouts
 * on import.
 */
import { customConfigName } from '../mig/customMix';
import { gpuModel, type GpuModelId } from '../mig/gpuModels';
import { strategyFor } from '../mig/migLayout';
import { MIG_ENABLED, namedLayout } from '../mig/namedLayouts';
import type { MigDevices } from '../mig/placement';
import { migProfiles } from './resources';
import type { Design, MigProfilePatch } from './types';
import type { MigProfileResource } from '../mig/migProfile';

function strategyPatch(profile: MigProfileResource, devices: MigDevices | null): MigProfilePatch {
  return strategyFor(devices) === 'mixed' && profile.strategy !== 'mixed'
    ? { strategy: 'mixed', nodeOverlay: true }
    : {};
}

/** A new mix; a named layout becomes a custom one under a name no other profile uses. */
export function mixPatch(
  design: Design,
  profile: MigProfileResource,
  devices: MigDevices,
): MigProfilePatch {
  const gpu = gpuModel(profile.gpu);
  const taken = new Set(
    migProfiles(design)
      .filter((p) => p.id !== profile.id)
      .map((p) => p.config),
  );
  const config =
    profile.devices !== undefined || !gpu ? {} : { config: customConfigName(gpu, taken) };
  return { devices, ...config, ...strategyPatch(profile, devices) };
}

/** One of NVIDIA's layouts for the profile's GPU. */
export function namedLayoutPatch(profile: MigProfileResource, config: string): MigProfilePatch {
  const gpu = gpuModel(profile.gpu);
  const layout = gpu ? namedLayout(gpu, config) : undefined;
  return { config, devices: null, ...strategyPatch(profile, layout?.devices ?? null) };
}

/** Another GPU: the layout name is kept where that GPU has it, else MIG on with no instances. */
export function gpuPatch(profile: MigProfileResource, next: GpuModelId): MigProfilePatch {
  const model = gpuModel(next);
  const keeps = model !== undefined && namedLayout(model, profile.config) !== undefined;
  return { gpu: next, config: keeps ? profile.config : MIG_ENABLED, devices: null };
}
