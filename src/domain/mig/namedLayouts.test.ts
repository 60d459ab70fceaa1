import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readTestData } from '../../../test/support/testData';
import { GPU_MODELS } from './gpuModels';
import { namedLayouts } from './namedLayouts';
import { placeLayout } from './placement';

interface Entry {
  devices: unknown;
  'mig-enabled': boolean;
  'mig-devices'?: Record<string, number>;
  'device-filter'?: string | string[];
}
const DEFAULT = parse(readTestData('mig/mig-parted_config-default.yaml')) as {
  version: string;
  'mig-configs': Record<string, Entry[]>;
};

/** What NVIDIA's default config applies to a GPU with this PCI id, per config name. */
function defaultFor(deviceId: string): {
  layouts: Record<string, Record<string, number> | null>;
  /** Names with an entry filtered to exactly this GPU: NVIDIA made them for it. */
  pinned: string[];
} {
  const layouts: Record<string, Record<string, number> | null> = {};
  const pinned: string[] = [];
  for (const [name, entries] of Object.entries(DEFAULT['mig-configs'])) {
    const matches = (e: Entry) => {
      const filter = e['device-filter'];
      if (filter === undefined) return true;
      const ids = Array.isArray(filter) ? filter : [filter];
      return ids.some((id) => id.toUpperCase() === deviceId.toUpperCase());
    };
    const entry = entries.find(matches);
    if (entry) layouts[name] = entry['mig-enabled'] ? (entry['mig-devices'] ?? {}) : null;
    if (entries.some((e) => e['device-filter'] !== undefined && matches(e))) pinned.push(name);
  }
  return { layouts, pinned };
}

const WITH_DEFAULTS = GPU_MODELS.filter((g) => g.deviceIds.length > 0);

describe("NVIDIA's named layouts", () => {
  it.each(WITH_DEFAULTS.flatMap((g) => g.deviceIds.map((id) => [g.label, id, g] as const)))(
    'are, for the %s (%s), exactly what the default mig-parted config applies to it',
    (_label, deviceId, gpu) => {
      const { layouts, pinned } = defaultFor(deviceId);
      const ours = Object.fromEntries(namedLayouts(gpu).map((l) => [l.config, l.devices]));
      const same = Object.fromEntries(Object.keys(ours).map((c) => [c, layouts[c]]));
      expect(ours).toEqual(same);
      expect(Object.keys(ours)).toEqual(expect.arrayContaining(pinned));
    },
  );

  it.each(GPU_MODELS.map((g) => [g.label, g] as const))('all fit the %s', (_label, gpu) => {
    for (const layout of namedLayouts(gpu)) {
      if (layout.devices) expect(placeLayout(gpu, layout.devices).ok).toBe(true);
    }
  });
});
