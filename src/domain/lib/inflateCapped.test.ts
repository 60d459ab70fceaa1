import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflateBomb } from '../../../test/support/deflateBomb';
import { INFLATE_SLICE_BYTES, inflateCapped } from './inflateCapped';

const MB = 1024 * 1024;

describe('capped inflating', () => {
  it('gives back what was deflated, across many slices', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `pool-${(i * 2654435761) >>> 0}`).join();
    const deflated = deflateSync(strToU8(text));
    expect(deflated.length).toBeGreaterThan(4 * INFLATE_SLICE_BYTES);
    const inflated = inflateCapped(deflated, MB);
    expect(inflated.ok && new TextDecoder().decode(inflated.bytes)).toBe(text);
  });

  it('stops a gigabyte bomb within its first slices, never unpacking the rest', () => {
    const bomb = deflateBomb(1024);
    const inflated = inflateCapped(bomb, 8 * MB);
    expect(inflated).toMatchObject({ ok: false, reason: 'too large' });
    // 8 MB of zeros take about 8 KB; the bomb is a thousand times that
    if (!inflated.ok) expect(inflated.read).toBeLessThanOrEqual(4 * INFLATE_SLICE_BYTES);
    expect(bomb.length).toBeGreaterThan(1000 * 1024);
  });

  it('calls cut or garbled input damaged', () => {
    const deflated = deflateSync(strToU8('{"version":2}'.repeat(100)));
    expect(inflateCapped(deflated.subarray(0, deflated.length - 3), MB)).toMatchObject({
      ok: false,
      reason: 'damaged',
    });
    expect(inflateCapped(new Uint8Array([0xff, 0xff, 0xff]), MB)).toMatchObject({
      ok: false,
      reason: 'damaged',
    });
  });
});
