import { describe, expect, it } from 'vitest';
import { designOf, migProfile, nodePool } from '../../../../test/fixtures/fixtures';
import { GPU_NAME_LABEL } from '../../mig/migAttachment';
import { MIG_CONFIG_LABEL } from '../../mig/migConfigs';
import type { NodePoolResource } from '../../design/types';
import { exportedPool } from './manifests';
import { exportedIndex } from './exportedIndex';

function attached(): { design: ReturnType<typeof designOf>; pool: NodePoolResource } {
  const profile = migProfile('h100', 'all-1g.10gb');
  const base = nodePool('batch');
  const spec = base.manifest.spec.template.spec;
  const pool: NodePoolResource = {
    ...base,
    migProfileId: profile.id,
    manifest: {
      ...base.manifest,
      spec: {
        ...base.manifest.spec,
        template: {
          ...base.manifest.spec.template,
          spec: {
            ...spec,
            requirements: [
              { key: GPU_NAME_LABEL, operator: 'In', values: ['a100'] },
              ...spec.requirements,
            ],
            taints: [
              { key: MIG_CONFIG_LABEL, value: 'old', effect: 'NoSchedule' },
              { key: 'team', value: 'ml', effect: 'NoSchedule' },
            ],
          },
        },
      },
    },
  };
  return { design: designOf(profile, pool), pool };
}

describe('exportedIndex', () => {
  it('is the same index for a pool without a MIG profile', () => {
    const pool = nodePool('web');
    const own = pool.manifest.spec.template.spec.requirements;
    const exported = exportedPool(designOf(pool), pool).spec.template.spec.requirements;
    expect(own.map((_, i) => exportedIndex(own, i, exported))).toEqual(own.map((_, i) => i));
  });

  it('follows the rows a MIG profile shifts, and drops the ones it replaces', () => {
    const { design, pool } = attached();
    const own = pool.manifest.spec.template.spec;
    const exported = exportedPool(design, pool).spec.template.spec;
    // The GPU pin on row 0 is replaced by the profile's pins, appended after the others.
    expect(exportedIndex(own.requirements, 0, exported.requirements)).toBeUndefined();
    expect(
      own.requirements
        .slice(1)
        .map((_, i) => exportedIndex(own.requirements, i + 1, exported.requirements)),
    ).toEqual(own.requirements.slice(1).map((_, i) => i));
    const taints = own.taints ?? [];
    expect(exportedIndex(taints, 0, exported.taints ?? [])).toBeUndefined();
    expect(exportedIndex(taints, 1, exported.taints ?? [])).toBe(0);
    expect(exportedIndex(taints, 2, exported.taints ?? [])).toBeUndefined();
  });
});
