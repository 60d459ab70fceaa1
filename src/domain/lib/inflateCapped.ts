/**
 * Inflating input nobody vouches for (a share link) with a bound on memory and time. fflate's
 * `Inflate` unpacks everything it is given in one go before its callback runs, so the input is
 * fed in small slices and the inflater is abandoned as soon as the output passes the limit.
 */
import { Inflate } from 'fflate';

/**
 * Deflate's densest code writes 258 bytes from one bit pattern of as few as 2 bits, so one input
 * byte unpacks to at most about 1,032 output bytes. A 4 KB slice thus adds at most ~4 MB past
 * the limit before the check sees it, whatever the input.
 */
export const INFLATE_SLICE_BYTES = 4 * 1024;

export type Inflated =
  | { ok: true; bytes: Uint8Array }
  /** `read`: input bytes handed to the inflater before it stopped (a bomb stops early). */
  | { ok: false; reason: 'too large' | 'damaged'; read: number };

export function inflateCapped(
  input: Uint8Array,
  maxBytes: number,
  sliceBytes = INFLATE_SLICE_BYTES,
): Inflated {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size <= maxBytes) chunks.push(chunk);
  });
  let read = 0;
  try {
    while (read < input.length) {
      const end = Math.min(read + sliceBytes, input.length);
      inflater.push(input.subarray(read, end), end === input.length);
      read = end;
      if (size > maxBytes) return { ok: false, reason: 'too large', read };
    }
  } catch {
    return { ok: false, reason: 'damaged', read };
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return { ok: true, bytes: out };
}
