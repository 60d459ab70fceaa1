/**
 * The layouts NVIDIA ships under names (mig-parted's default config, which is also the GPU
 * Operator's `default-mig-parted-config`, and what the operator's MIG manager generates from
 * the hardware since v26.3): `all-disabled`, `all-enabled`, `all-<profile>` at the profile's
 * maximum count with `+` written as `.`, and `all-balanced`. A name alone does not pin a layout:
 * `all-1g.10gb` is seven instances on an H100 80GB but four on an A100 40GB (NOTES.md 2.2), so
 * a name is always resolved for one GPU.
 */
import type { GpuModel } from './gpuModels';
import type { MigDevices } from './placement';

export interface NamedLayout {
  config: string;
  /** Instances per GPU; `null` when the layout turns MIG off. */
  devices: MigDevices | null;
}

export const MIG_DISABLED = 'all-disabled';
export const MIG_ENABLED = 'all-enabled';
export const MIG_BALANCED = 'all-balanced';

/** `1g.10gb+me` -> `all-1g.10gb.me`: the convention of NVIDIA's names for one-profile layouts. */
export function configNameForProfile(profile: string): string {
  return `all-${profile.replace('+', '.')}`;
}

export function namedLayouts(gpu: GpuModel): NamedLayout[] {
  const layouts: NamedLayout[] = [
    ...gpu.profiles.map((p) => ({
      config: configNameForProfile(p.name),
      devices: { [p.name]: p.max },
    })),
  ];
  if (Object.keys(gpu.balanced).length > 0) {
    layouts.push({ config: MIG_BALANCED, devices: gpu.balanced });
  }
  layouts.push({ config: MIG_ENABLED, devices: {} }, { config: MIG_DISABLED, devices: null });
  return layouts;
}

export function namedLayout(gpu: GpuModel, config: string): NamedLayout | undefined {
  return namedLayouts(gpu).find((l) => l.config === config);
}
