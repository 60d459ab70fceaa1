import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readTestData } from '../../../test/support/testData';
import { GPU_MODELS, gpuModel, profileOf } from './gpuModels';
import { migPartedConfig, readMigPartedConfig } from './migPartedConfig';

const nvidiaDefault: unknown = parse(readTestData('mig/mig-parted_config-default.yaml'));

function keysOf(value: unknown): string[] {
  return typeof value === 'object' && value !== null ? Object.keys(value).sort() : [];
}

describe('the generated mig-parted config', () => {
  const config = migPartedConfig([
    {
      config: 'inference-mix',
      gpu: 'h100-80gb',
      devices: { '3g.40gb': 1, '2g.20gb': 1, '1g.10gb': 2 },
    },
    { config: 'all-1g.10gb', gpu: 'h100-80gb', devices: { '1g.10gb': 7 } },
    { config: 'all-1g.10gb', gpu: 'a100-80gb', devices: { '1g.10gb': 7 } },
  ]);

  it('has the shape of NVIDIA default file: version, mig-configs, entries with the same keys', () => {
    expect(keysOf(config)).toEqual(keysOf(nvidiaDefault));
    const theirs = (nvidiaDefault as { 'mig-configs': Record<string, object[]> })['mig-configs'];
    const theirKeys = new Set(Object.values(theirs).flat().flatMap(keysOf));
    for (const entry of Object.values(config['mig-configs']).flat()) {
      for (const key of keysOf(entry)) expect(theirKeys).toContain(key);
    }
    expect(config['mig-configs']['all-disabled']).toEqual(theirs['all-disabled']);
  });

  it('pins each layout to its GPU by PCI id and names only that GPU profiles', () => {
    const mix = config['mig-configs']['inference-mix'];
    expect(mix).toEqual([
      {
        'device-filter': ['0x233010DE', '0x233110DE'],
        devices: 'all',
        'mig-enabled': true,
        'mig-devices': { '3g.40gb': 1, '2g.20gb': 1, '1g.10gb': 2 },
      },
    ]);
    expect(config['mig-configs']['all-1g.10gb']).toHaveLength(2);
    for (const [name, entries] of Object.entries(config['mig-configs'])) {
      for (const entry of entries) {
        const gpu = GPU_MODELS.find((g) =>
          g.deviceIds.some((id) => entry['device-filter']?.includes(id)),
        );
        if (!gpu) {
          expect(name).toBe('all-disabled');
          continue;
        }
        for (const profile of Object.keys(entry['mig-devices'] ?? {})) {
          expect(profileOf(gpu, profile), `${profile} on ${gpu.label}`).toBeDefined();
        }
      }
    }
  });

  it('reads back as what it was made from', () => {
    const read = readMigPartedConfig(parse(JSON.stringify(config)), GPU_MODELS);
    expect(read.ok && read.layouts.find((l) => l.config === 'inference-mix')).toEqual({
      config: 'inference-mix',
      gpu: 'h100-80gb',
      devices: { '3g.40gb': 1, '2g.20gb': 1, '1g.10gb': 2 },
    });
  });

  it("reads NVIDIA's own default file", () => {
    const read = readMigPartedConfig(nvidiaDefault, GPU_MODELS);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.layouts.length).toBeGreaterThan(50);
  });

  it('refuses what mig-parted refuses, and a layout that does not place', () => {
    expect(readMigPartedConfig({ 'mig-configs': {} }, GPU_MODELS)).toMatchObject({ ok: false });
    expect(readMigPartedConfig({ version: 'v1' }, GPU_MODELS)).toMatchObject({ ok: false });
    expect(
      readMigPartedConfig({ version: 'v1', 'mig-configs': { x: [] } }, GPU_MODELS),
    ).toMatchObject({ ok: false });
    const h100 = gpuModel('h100-80gb');
    const bad = readMigPartedConfig(
      {
        version: 'v1',
        'mig-configs': {
          x: [
            {
              'device-filter': h100?.deviceIds[0],
              devices: 'all',
              'mig-enabled': true,
              'mig-devices': { '3g.40gb': 2, '1g.10gb': 1 },
            },
          ],
        },
      },
      GPU_MODELS,
    );
    expect(bad).toMatchObject({
      ok: false,
      reason: expect.stringContaining('does not fit') as unknown,
    });
  });
});
