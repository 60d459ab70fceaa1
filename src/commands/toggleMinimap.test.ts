import { describe, expect, it } from 'vitest';
import { designOf, nodePool } from '../../test/fixtures/fixtures';
import { minimapShown } from './toggleMinimap';

const pools = (count: number) =>
  designOf(...Array.from({ length: count }, (_, i) => nodePool(`p${i}`)));

describe('the minimap', () => {
  it('shows on a design too large for one screen and stays off a small one', () => {
    expect(minimapShown({ minimap: undefined, design: pools(5) })).toBe(false);
    expect(minimapShown({ minimap: undefined, design: pools(200) })).toBe(true);
  });

  it('follows the user’s choice whatever the size', () => {
    expect(minimapShown({ minimap: true, design: pools(5) })).toBe(true);
    expect(minimapShown({ minimap: false, design: pools(200) })).toBe(false);
  });
});
