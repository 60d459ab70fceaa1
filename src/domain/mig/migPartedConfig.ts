/**
 * The mig-parted config the GPU Operator's MIG manager reads when ClusterPolicy
 * `spec.migManager.config.name` points at a ConfigMap (key `config.yaml`, NOTES.md 2.1, 3.4).
 * Pointing the operator at our file replaces NVIDIA's default one entirely, so the file holds
 * every layout the design's pools select, named ones included, plus `all-disabled`, the
 * operator's default for MIG-capable nodes without a label.
 */
import { isObject } from '../lib/isObject';
import { gpuModel, type GpuModel, type GpuModelId } from './gpuModels';
import { MIG_DISABLED } from './namedLayouts';
import { layoutEntries, placeLayout, type MigDevices } from './placement';

export const MIG_PARTED_CONFIG_MAP = 'custom-mig-config';
export const GPU_OPERATOR_NAMESPACE = 'gpu-operator';
export const MIG_PARTED_KEY = 'config.yaml';

export interface MigPartedEntry {
  'device-filter'?: string[];
  devices: 'all';
  'mig-enabled': boolean;
  'mig-devices'?: Record<string, number>;
}

export interface MigPartedConfig {
  version: 'v1';
  'mig-configs': Record<string, MigPartedEntry[]>;
}

/** One layout as the pools use it: its name on one GPU model. */
export interface UsedLayout {
  config: string;
  gpu: GpuModelId;
  /** `null` turns MIG off. */
  devices: MigDevices | null;
}

function entryFor(gpu: GpuModel, devices: MigDevices | null): MigPartedEntry {
  // The PCI id pins the layout to its GPU: the same name on another GPU (a p4d next to a p4de)
  // then matches no entry and fails visibly instead of applying a wrong mix.
  const filter = gpu.deviceIds.length > 0 ? { 'device-filter': [...gpu.deviceIds] } : {};
  if (devices === null) return { ...filter, devices: 'all', 'mig-enabled': false };
  return {
    ...filter,
    devices: 'all',
    'mig-enabled': true,
    'mig-devices': Object.fromEntries(layoutEntries(devices)),
  };
}

/** The config for these layouts, names sorted, one entry per GPU a name is used on. */
export function migPartedConfig(layouts: readonly UsedLayout[]): MigPartedConfig {
  const configs: Record<string, MigPartedEntry[]> = {
    [MIG_DISABLED]: [{ devices: 'all', 'mig-enabled': false }],
  };
  const seen = new Set<string>();
  const sorted = [...layouts].sort((a, b) =>
    a.config === b.config ? (a.gpu < b.gpu ? -1 : 1) : a.config < b.config ? -1 : 1,
  );
  for (const layout of sorted) {
    const gpu = gpuModel(layout.gpu);
    const key = `${layout.config}\u0000${layout.gpu}`;
    if (!gpu || layout.config === MIG_DISABLED || seen.has(key)) continue;
    seen.add(key);
    (configs[layout.config] ??= []).push(entryFor(gpu, layout.devices));
  }
  return { version: 'v1', 'mig-configs': configs };
}

export interface ReadLayout {
  config: string;
  gpu?: GpuModelId;
  devices: MigDevices | null;
}

export type MigPartedRead = { ok: true; layouts: ReadLayout[] } | { ok: false; reason: string };

/**
 * Reads a mig-parted config back, the way mig-parted's own parser is strict about it
 * (`version: v1`, a `mig-configs` map of non-empty entry lists). An entry's GPU is found from its
 * device filter; layouts that do not place on that GPU are reported, not guessed at.
 */
export function readMigPartedConfig(data: unknown, gpus: readonly GpuModel[]): MigPartedRead {
  if (!isObject(data)) return { ok: false, reason: 'config.yaml is not a YAML map' };
  if (data['version'] !== 'v1') {
    return {
      ok: false,
      reason: 'config.yaml needs version: v1, the only version mig-parted reads',
    };
  }
  const configs = data['mig-configs'];
  if (!isObject(configs)) return { ok: false, reason: 'config.yaml has no mig-configs map' };
  const layouts: ReadLayout[] = [];
  for (const [config, entries] of Object.entries(configs)) {
    if (!Array.isArray(entries) || entries.length === 0) {
      return { ok: false, reason: `mig-configs.${config} must be a non-empty list` };
    }
    for (const entry of entries) {
      if (!isObject(entry) || typeof entry['mig-enabled'] !== 'boolean') {
        return { ok: false, reason: `mig-configs.${config}: every entry needs mig-enabled` };
      }
      const rawFilter = entry['device-filter'];
      const filter = (Array.isArray(rawFilter) ? rawFilter : [rawFilter])
        .filter((f): f is string => typeof f === 'string')
        .map((f) => f.toUpperCase().replace(/^0X/, '0x'));
      const gpu = gpus.find((g) => g.deviceIds.some((id) => filter.includes(id)));
      if (!entry['mig-enabled']) {
        layouts.push({ config, ...(gpu ? { gpu: gpu.id } : {}), devices: null });
        continue;
      }
      const raw = entry['mig-devices'] ?? {};
      if (!isObject(raw))
        return { ok: false, reason: `mig-configs.${config}: mig-devices must be a map` };
      const devices: Record<string, number> = {};
      for (const [name, count] of Object.entries(raw)) {
        if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
          return {
            ok: false,
            reason: `mig-configs.${config}: the count of ${name} must be a whole number`,
          };
        }
        devices[name] = count;
      }
      if (gpu) {
        const placement = placeLayout(gpu, devices);
        if (!placement.ok) {
          return {
            ok: false,
            reason: `mig-configs.${config} on the ${gpu.label} ${placement.reason}`,
          };
        }
      }
      layouts.push({ config, ...(gpu ? { gpu: gpu.id } : {}), devices });
    }
  }
  return { ok: true, layouts };
}
