import type { MigProfileResource, MigStrategy } from './migProfile';
import {
  DEFAULT_GPU_MODEL,
  GPU_MODELS,
  gpuModel,
  type GpuModel,
  type GpuModelId,
} from './gpuModels';
import { namedLayout } from './namedLayouts';
import { layoutEntries, placeLayout, type MigDevices } from './placement';

/** A MIG profile's layout, resolved for its GPU. */
export interface ResolvedLayout {
  gpu: GpuModel;
  /** Instances per GPU; `null` when the layout turns MIG off. */
  devices: MigDevices | null;
  /** A mix of the user's own, exported as a mig-parted config. */
  custom: boolean;
}

export type LayoutResolution =
  ({ ok: true } & ResolvedLayout) | { ok: false; gpu: GpuModel | undefined; reason: string };

export function resolveLayout(
  profile: Pick<MigProfileResource, 'gpu' | 'config' | 'devices'>,
): LayoutResolution {
  const gpu = gpuModel(profile.gpu);
  if (!gpu)
    return { ok: false, gpu, reason: `${profile.gpu} is not a GPU model the designer knows` };
  if (profile.devices) {
    const placement = placeLayout(gpu, profile.devices);
    return placement.ok
      ? { ok: true, gpu, devices: profile.devices, custom: true }
      : { ok: false, gpu, reason: placement.reason };
  }
  const named = namedLayout(gpu, profile.config);
  if (!named) {
    return {
      ok: false,
      gpu,
      reason: `${profile.config} is not one of NVIDIA's layouts for the ${gpu.label}; pick one of its layouts or build a custom mix`,
    };
  }
  return { ok: true, gpu, devices: named.devices, custom: false };
}

/** How many different profiles a layout has: the single strategy allows one. */
export function profileKinds(devices: MigDevices | null): number {
  return devices ? layoutEntries(devices).length : 0;
}

/** The strategy a layout needs: one profile everywhere can be single, anything else mixed. */
export function strategyFor(devices: MigDevices | null): MigStrategy {
  return profileKinds(devices) > 1 ? 'mixed' : 'single';
}

/**
 * The GPU a config name most likely means, for designs that name a layout without a GPU
 * (older saved designs, imported pools with only the label): the first GPU on AWS that has a
 * layout by that name, H100 80GB first since it is the most common MIG part there.
 */
export function gpuForConfig(config: string): GpuModelId {
  const preferred = [gpuModel(DEFAULT_GPU_MODEL), ...GPU_MODELS].filter(
    (g): g is GpuModel => g !== undefined,
  );
  const withAws = [...preferred.filter((g) => g.karpenter), ...preferred];
  return withAws.find((g) => namedLayout(g, config))?.id ?? DEFAULT_GPU_MODEL;
}

/** A new profile: seven 1g slices of an H100, the layout most MIG inference starts with. */
export function newMigProfileFields(): Pick<
  MigProfileResource,
  'gpu' | 'config' | 'strategy' | 'applyWith' | 'taint' | 'nodeOverlay'
> {
  return {
    gpu: DEFAULT_GPU_MODEL,
    config: 'all-1g.10gb',
    strategy: 'single',
    applyWith: 'gpu-operator',
    taint: true,
    nodeOverlay: false,
  };
}

/** The fields a profile known only by its config name gets (older designs, imports). */
export function migProfileFieldsForConfig(
  config: string,
  gpu: GpuModelId = gpuForConfig(config),
): Pick<MigProfileResource, 'gpu' | 'config' | 'strategy' | 'applyWith' | 'taint' | 'nodeOverlay'> {
  const model = gpuModel(gpu);
  const devices = model ? (namedLayout(model, config)?.devices ?? null) : null;
  const strategy = strategyFor(devices);
  return {
    gpu,
    config,
    strategy,
    applyWith: 'gpu-operator',
    taint: true,
    nodeOverlay: strategy === 'mixed',
  };
}
