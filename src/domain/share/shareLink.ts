/**
 * A design carried whole in a URL fragment: the saved-design JSON, deflated (fflate) and written
 * in base64url. The fragment never reaches a server, so a shared design leaves the machine only
 * in the link itself. Reading one is hostile-input territory: a damaged or hand-made link must
 * fail with a reason, never throw, and never inflate into more memory than a design can need.
 */
import { deflateSync, strFromU8, strToU8 } from 'fflate';
import { readSavedDesign } from '../design/readSavedDesign';
import { SAVED_DESIGN_VERSION } from '../design/savedDesign';
import type { Design } from '../design/types';
import { fromBase64Url, toBase64Url } from '../lib/base64Url';
import { inflateCapped } from '../lib/inflateCapped';

/** The fragment key: `#design=<payload>`. */
export const SHARE_KEY = 'design';

/**
 * Links longer than this are refused on the way out: chat tools and issue trackers cut or
 * mangle URLs well before browsers do (Chrome takes 2 MB), and a file shares better by then.
 */
export const MAX_SHARE_CHARS = 32_000;

/** Inflated, a link may not grow past this: far beyond any design, far below a tab's memory. */
export const MAX_INFLATED_BYTES = 8 * 1024 * 1024;

export type ShareEncoding =
  { ok: true; fragment: string } | { ok: false; reason: string; length: number };

export function encodeShareFragment(design: Design): ShareEncoding {
  const json = JSON.stringify({ version: SAVED_DESIGN_VERSION, design });
  const payload = toBase64Url(deflateSync(strToU8(json), { level: 9 }));
  const fragment = `${SHARE_KEY}=${payload}`;
  if (fragment.length > MAX_SHARE_CHARS) {
    return {
      ok: false,
      length: fragment.length,
      reason: `the design makes a ${Math.round(fragment.length / 1000)} KB link; links over ${MAX_SHARE_CHARS / 1000} KB break in chat and mail. Save it as a project file instead.`,
    };
  }
  return { ok: true, fragment };
}

export type ShareDecoding =
  { ok: true; design: Design; dropped: string[] } | { ok: false; reason: string };

/** Reads `design=<payload>` (the URL's hash without `#`); any other fragment is not a share. */
export function decodeShareFragment(fragment: string): ShareDecoding {
  const prefix = `${SHARE_KEY}=`;
  if (!fragment.startsWith(prefix)) return { ok: false, reason: 'it carries no design' };
  const bytes = fromBase64Url(fragment.slice(prefix.length));
  if (!bytes || bytes.length === 0) {
    return { ok: false, reason: 'it is damaged (characters a share link never has, or none)' };
  }
  const inflated = inflateCapped(bytes, MAX_INFLATED_BYTES);
  if (!inflated.ok) {
    return {
      ok: false,
      reason:
        inflated.reason === 'too large'
          ? 'it unpacks to more than any design needs'
          : 'it is damaged (the compressed data does not read back)',
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(strFromU8(inflated.bytes));
  } catch {
    return { ok: false, reason: 'it is damaged (its contents are not a design)' };
  }
  return readSavedDesign(parsed);
}
