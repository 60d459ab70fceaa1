import { describe, expect, it } from 'vitest';
import type { NodePoolResource } from '../../domain/design/types';
import { nodeClass, nodePool } from '../../../test/fixtures/fixtures';
import { cardHeight } from './cardHeight';

function withRequirements(pool: NodePoolResource, count: number): NodePoolResource {
  const requirements = Array.from({ length: count }, (_, i) => ({
    key: `example.com/key-${i}`,
    operator: 'Exists' as const,
  }));
  const { spec } = pool.manifest;
  return {
    ...pool,
    manifest: {
      ...pool.manifest,
      spec: {
        ...spec,
        template: { ...spec.template, spec: { ...spec.template.spec, requirements } },
      },
    },
  };
}

describe('the height a card is reckoned at before it is drawn', () => {
  // Heights measured in Chromium at the default font sizes (BENCHMARKS.md, far-zoom blocks).
  it('matches the measured class card and grows a line per requirement shown', () => {
    expect(cardHeight(nodeClass('default'))).toBe(79);
    const pool = nodePool('p');
    const three = cardHeight(withRequirements(pool, 3));
    expect(three - cardHeight(withRequirements(pool, 2))).toBe(13);
    // Past three a card says "+N more" on one line, however many there are.
    expect(cardHeight(withRequirements(pool, 9))).toBe(three + 13);
  });

  it('adds the chips row when a pool has a weight, taints or a MIG profile', () => {
    const pool = withRequirements(nodePool('p'), 3);
    const weighted: NodePoolResource = {
      ...pool,
      manifest: { ...pool.manifest, spec: { ...pool.manifest.spec, weight: 10 } },
    };
    expect(cardHeight(weighted) - cardHeight(pool)).toBe(17);
    expect(cardHeight({ ...pool, migProfileId: 'mig-a' }) - cardHeight(pool)).toBe(17);
  });
});
