import { describe, expect, it } from 'vitest';
import { designOf, migProfile } from '../../../test/fixtures/fixtures';
import { gpuPatch, mixPatch, namedLayoutPatch } from './migProfileEdits';

describe('MIG profile edits', () => {
  const single = migProfile('a', 'all-1g.10gb');

  it('a first mix takes a fresh custom name and, with two profiles, mixed with overlays', () => {
    const taken = { ...migProfile('b', 'custom-h100-80gb'), gpu: single.gpu };
    const patch = mixPatch(designOf(single, taken), single, { '3g.40gb': 1, '1g.10gb': 1 });
    expect(patch).toEqual({
      devices: { '3g.40gb': 1, '1g.10gb': 1 },
      config: 'custom-h100-80gb-2',
      strategy: 'mixed',
      nodeOverlay: true,
    });
  });

  it('a custom mix keeps its name; one profile type leaves the strategy alone', () => {
    const custom = { ...single, config: 'mine', devices: { '1g.10gb': 2 } };
    expect(mixPatch(designOf(custom), custom, { '1g.10gb': 3 })).toEqual({
      devices: { '1g.10gb': 3 },
    });
  });

  it('a named layout drops the custom mix and brings the strategy it needs', () => {
    expect(namedLayoutPatch(single, 'all-balanced')).toEqual({
      config: 'all-balanced',
      devices: null,
      strategy: 'mixed',
      nodeOverlay: true,
    });
    expect(namedLayoutPatch(single, 'all-7g.80gb')).toEqual({
      config: 'all-7g.80gb',
      devices: null,
    });
  });

  it('another GPU keeps the layout name only where that GPU has it', () => {
    expect(gpuPatch(single, 'a100-80gb')).toEqual({
      gpu: 'a100-80gb',
      config: 'all-1g.10gb',
      devices: null,
    });
    expect(gpuPatch(single, 'a30-24gb')).toEqual({
      gpu: 'a30-24gb',
      config: 'all-enabled',
      devices: null,
    });
  });
});
