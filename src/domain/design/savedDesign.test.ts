import { describe, expect, it } from 'vitest';
import { exampleDesign } from './example';
import { SAVED_DESIGN_VERSION, UnreadableSavedDesign, migrateSavedDesign } from './savedDesign';

describe('migrateSavedDesign', () => {
  it('passes state of the current version through untouched', () => {
    const state = { design: exampleDesign() };
    expect(SAVED_DESIGN_VERSION).toBe(2);
    expect(migrateSavedDesign(state, 2)).toBe(state);
  });

  it('gives MIG profiles of version 1 a GPU, strategy and taint from their config name', () => {
    const v1 = {
      design: {
        resources: {
          m: {
            id: 'm',
            kind: 'MigProfile',
            position: { x: 0, y: 0 },
            name: 'a',
            config: 'all-1g.5gb',
          },
        },
      },
    };
    const migrated = migrateSavedDesign(v1, 1) as {
      design: { resources: Record<string, unknown> };
    };
    expect(migrated.design.resources.m).toMatchObject({
      gpu: 'a100-40gb',
      config: 'all-1g.5gb',
      strategy: 'single',
      taint: true,
    });
  });

  it('refuses state saved by a newer designer, saying so', () => {
    const newer = () => migrateSavedDesign({ design: exampleDesign() }, SAVED_DESIGN_VERSION + 1);
    expect(newer).toThrow(UnreadableSavedDesign);
    expect(newer).toThrow(/newer version/);
  });
});
