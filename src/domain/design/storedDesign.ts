/**
 * One design as this browser keeps it: its own storage entry, so two tabs with two designs
 * never write over each other, and a revision number, so a tab can tell that another tab wrote
 * the same design since it last looked.
 *
 * The `state` wrapper is the shape the app saved before designs had entries of their own, so
 * data from then reads with the same function.
 */
import { strFromU8 } from 'fflate';
import { fromBase64Url } from '../lib/base64Url';
import { inflateCapped } from '../lib/inflateCapped';
import { deflateStateJson } from './deflateState';
import { cleanDesignName } from './designLibrary';
import { readSavedDesign } from './readSavedDesign';
import { SAVED_DESIGN_VERSION } from './savedDesign';
import type { Design } from './types';

export interface DesignDocument {
  id: string;
  name: string;
}

export interface StoredDesign {
  document: DesignDocument;
  design: Design;
  /** Counts the writes of this design, by any tab; 0 for data saved before revisions. */
  rev: number;
}

export type StoredDesignReading =
  (StoredDesign & { ok: true; dropped: string[] }) | { ok: false; reason: string };

/**
 * Above this many characters a design is stored deflated: browsers give an origin about five
 * million characters in all, which plain JSON of a 3,500-resource design fills by itself, while
 * deflated it takes a thirtieth. Smaller designs stay plain JSON, readable in the devtools.
 */
export const DEFLATE_ABOVE_CHARS = 64 * 1024;

/** Inflated, stored data may not grow past this: far beyond the largest design the app takes. */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

/**
 * What this app wrote itself is fed to the inflater in larger slices than a share link: each
 * slice costs the streaming inflater a pass, and 4 KB slices made a 1,000-resource design's read
 * on reload take ~25 ms instead of ~3 (one slice). A damaged or planted entry still stops within
 * one slice of the limit: at most ~66 MB past it.
 */
const STORED_INFLATE_SLICE_BYTES = 64 * 1024;

/**
 * A design's state as stored, in the steps a write takes: the JSON, deflated when it is long (the
 * slow step, which the app runs on a worker thread), then the text with its revision. `rev` is
 * written first, so a tab can read it without parsing a design of megabytes.
 */
export function storedStateJson({ document, design }: Omit<StoredDesign, 'rev'>): string {
  const { resources, ...rest } = design;
  const entries = Object.entries(resources).map(([id, r]) => `${JSON.stringify(id)}:${jsonOf(r)}`);
  const more = JSON.stringify(rest).slice(1, -1);
  return `{"document":${JSON.stringify(document)},"design":{"resources":{${entries.join(',')}}${more === '' ? '' : `,${more}`}}}`;
}

/**
 * Each resource's JSON, kept while it is the same object: an edit replaces the resources it
 * changes, and stringifying all 1,000 of a design again took ~25 ms of every autosave.
 */
const resourceJson = new WeakMap<object, string>();

/**
 * Stringifies the resources whose JSON is not kept yet while `more()` allows; true once every
 * one is kept. The first write of a large design can so be spread over idle moments: 1,000
 * resources at once were a ~40 ms task that a drag begun just then waited for.
 */
export function keepResourceJson(design: Design, more: () => boolean): boolean {
  for (const resource of Object.values(design.resources)) {
    if (resourceJson.has(resource)) continue;
    if (!more()) return false;
    jsonOf(resource);
  }
  return true;
}

function jsonOf(value: object): string {
  let json = resourceJson.get(value);
  if (json === undefined) resourceJson.set(value, (json = JSON.stringify(value)));
  return json;
}

/** Whether `storedStateJson`'s text is stored deflated. */
export const isDeflatedWhenStored = (stateJson: string): boolean =>
  stateJson.length > DEFLATE_ABOVE_CHARS;

/** The stored text; `deflated` is `deflateStateJson(stateJson)` when it is stored deflated. */
export function storedDesignText(rev: number, stateJson: string, deflated?: string): string {
  if (!isDeflatedWhenStored(stateJson)) {
    return `{"rev":${rev},"version":${SAVED_DESIGN_VERSION},"state":${stateJson}}`;
  }
  return JSON.stringify({
    rev,
    version: SAVED_DESIGN_VERSION,
    deflated: deflated ?? deflateStateJson(stateJson),
  });
}

export function storedDesignJson(stored: StoredDesign): string {
  return storedDesignText(stored.rev, storedStateJson(stored));
}

/** The `state` a stored text holds, inflated when it was stored deflated; a string says why not. */
function storedState(parsed: object): { state: unknown } | { reason: string } {
  if (!('deflated' in parsed)) {
    return 'state' in parsed ? { state: parsed.state } : { reason: 'it does not contain a design' };
  }
  const bytes = typeof parsed.deflated === 'string' ? fromBase64Url(parsed.deflated) : undefined;
  const inflated = bytes && inflateCapped(bytes, MAX_INFLATED_BYTES, STORED_INFLATE_SLICE_BYTES);
  if (!inflated?.ok) {
    return {
      reason:
        inflated?.reason === 'too large'
          ? 'it unpacks to more than any design needs'
          : 'it is damaged (the compressed data does not read back)',
    };
  }
  try {
    return { state: JSON.parse(strFromU8(inflated.bytes)) as unknown };
  } catch {
    return { reason: 'it is damaged (the compressed data is not a design)' };
  }
}

const REV_PREFIX = /^\{"rev":(\d{1,15}),/;

/** The revision of stored text, read from its first characters; 0 when it has none. */
export function storedRevision(raw: string | null | undefined): number {
  if (raw == null) return 0;
  const match = REV_PREFIX.exec(raw.slice(0, 32));
  return match ? Number(match[1]) : 0;
}

function readDocument(value: unknown, fallback: DesignDocument): DesignDocument {
  if (typeof value !== 'object' || value === null) return fallback;
  const { id, name } = value as Record<string, unknown>;
  return typeof id === 'string' && id !== '' && typeof name === 'string'
    ? { id, name: cleanDesignName(name) }
    : fallback;
}

/**
 * Reads one stored design through the same gate as links and project files (format version,
 * nesting depth, restore), so stored data can never hold what a file would be refused for.
 * The reason reads after "it …".
 */
export function readStoredDesign(raw: string, fallback: DesignDocument): StoredDesignReading {
  if (raw.trim() === '') return { ok: false, reason: 'it is empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON (it may have been cut off while written)' };
  }
  if (parsed === null) return { ok: false, reason: 'it holds nothing (null)' };
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, reason: 'it does not contain a design' };
  }
  const stored = storedState(parsed);
  if ('reason' in stored) return { ok: false, reason: stored.reason };
  const { state } = stored;
  const { version, rev } = parsed as { version: unknown; rev: unknown };
  const { design, document } = (typeof state === 'object' && state !== null ? state : {}) as {
    design?: unknown;
    document?: unknown;
  };
  const read = readSavedDesign({ version, design });
  if (!read.ok) return read;
  return {
    ok: true,
    design: read.design,
    dropped: read.dropped,
    document: readDocument(document, fallback),
    rev: typeof rev === 'number' && Number.isSafeInteger(rev) && rev >= 0 ? rev : 0,
  };
}
