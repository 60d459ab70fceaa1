/**
 * Editing a custom mix one instance at a time, as the slice bar does: an instance is added only
 * when the mix still places (placeLayout decides, so the refusal carries the driver's reason).
 */
import { GPU_MODELS, type GpuModel } from './gpuModels';
import { namedLayouts } from './namedLayouts';
import { placeLayout, type MigDevices } from './placement';

export type MixEdit = { ok: true; devices: MigDevices } | { ok: false; reason: string };

export function addToMix(gpu: GpuModel, devices: MigDevices, profile: string): MixEdit {
  const next = { ...devices, [profile]: (devices[profile] ?? 0) + 1 };
  const placement = placeLayout(gpu, next);
  return placement.ok
    ? { ok: true, devices: next }
    : { ok: false, reason: `Cannot add ${profile}: this mix ${placement.reason}.` };
}

export function removeFromMix(devices: MigDevices, profile: string): MigDevices {
  const count = (devices[profile] ?? 0) - 1;
  const { [profile]: _removed, ...rest } = devices;
  return count > 0 ? { ...rest, [profile]: count } : rest;
}

/** Every name NVIDIA's config gives a layout, on any GPU: a custom mix must not take one. */
const NVIDIA_NAMES: ReadonlySet<string> = new Set(
  GPU_MODELS.flatMap((g) => namedLayouts(g).map((l) => l.config)),
);

export function isNvidiaLayoutName(config: string): boolean {
  return NVIDIA_NAMES.has(config);
}

/** The name a new custom mix gets, e.g. `custom-h100-80gb`, unused in the design. */
export function customConfigName(gpu: GpuModel, taken: ReadonlySet<string>): string {
  const base = `custom-${gpu.id}`;
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
