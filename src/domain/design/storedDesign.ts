/**
 * One design as this browser keeps it: its own storage entry, so two tabs with two designs
 * never write over each other, and a revision number, so a tab can tell that another tab wrote
 * the same design since it last looked.
 *
 * The `state` wrapper is the shape the app saved before designs had entries of their own, so
 * data from then reads with the same function.
 */
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

/** `rev` is written first, so a tab can read it without parsing a design of megabytes. */
export function storedDesignJson({ document, design, rev }: StoredDesign): string {
  return JSON.stringify({ rev, version: SAVED_DESIGN_VERSION, state: { document, design } });
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
  if (typeof parsed !== 'object' || Array.isArray(parsed) || !('state' in parsed)) {
    return { ok: false, reason: 'it does not contain a design' };
  }
  const { state, version, rev } = parsed as { state: unknown; version: unknown; rev: unknown };
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
