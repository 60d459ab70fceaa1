/**
 * Deflate bombs for tests and benchmarks: gigabytes of one byte value in about a thousandth of
 * the space, built without ever holding (or compressing) the gigabytes. One megabyte is
 * compressed once and ends on a full flush, which byte-aligns the output and forgets the
 * window, so the same bytes stand for the next megabyte too: the bomb is that piece repeated.
 */
import { constants, deflateRawSync } from 'node:zlib';

const MB = 1024 * 1024;

/** Raw deflate (what fflate's `deflateSync` writes) of `head`, then `megabytes` MB of `fill`. */
export function deflateBomb(megabytes: number, { fill = 0, head = '' } = {}): Buffer {
  const flush = { level: 9, memLevel: 9, finishFlush: constants.Z_FULL_FLUSH };
  const piece = deflateRawSync(Buffer.alloc(MB, fill), flush);
  return Buffer.concat([
    deflateRawSync(Buffer.from(head), flush),
    ...Array.from({ length: megabytes }, () => piece),
    // the final block, empty: it ends the stream
    deflateRawSync(Buffer.alloc(0)),
  ]);
}

/** A share link's fragment carrying a bomb. */
export function bombFragment(
  megabytes: number,
  options?: { fill?: number; head?: string },
): string {
  return `design=${deflateBomb(megabytes, options).toString('base64url')}`;
}
