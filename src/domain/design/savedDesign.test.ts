import { describe, expect, it } from 'vitest';
import { exampleDesign } from './example';
import { SAVED_DESIGN_VERSION, UnreadableSavedDesign, migrateSavedDesign } from './savedDesign';

describe('migrateSavedDesign', () => {
  it('passes state of the current version through untouched', () => {
    const state = { design: exampleDesign() };
    expect(SAVED_DESIGN_VERSION).toBe(1);
    expect(migrateSavedDesign(state, 1)).toBe(state);
  });

  it('refuses state saved by a newer designer, saying so', () => {
    const newer = () => migrateSavedDesign({ design: exampleDesign() }, SAVED_DESIGN_VERSION + 1);
    expect(newer).toThrow(UnreadableSavedDesign);
    expect(newer).toThrow(/newer version/);
  });
});
