import { describe, expect, it } from 'vitest';
import { pngSize } from './pngSize';

describe('pngSize', () => {
  it('doubles a picture of ordinary size', () => {
    expect(pngSize({ width: 800, height: 600 })).toEqual({ width: 1600, height: 1200, scale: 2 });
  });

  it('keeps a very wide picture under the browser’s 16k side', () => {
    const size = pngSize({ width: 20_000, height: 500 });
    expect(size.width).toBeLessThanOrEqual(16_384);
    expect(size.scale).toBeLessThan(1);
  });

  it('keeps a very large picture under the pixel budget', () => {
    const size = pngSize({ width: 12_000, height: 12_000 });
    expect(size.width * size.height).toBeLessThanOrEqual(120_000_000);
  });
});
