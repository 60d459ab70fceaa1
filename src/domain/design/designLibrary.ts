/**
 * The designs a person keeps in this browser, each with a name, as the start screen lists them.
 * The open design is the store's; an entry here holds every other design, and the open one as
 * it was when the user last switched away (the autosave keeps the live copy).
 */
import { readSavedDesign } from './readSavedDesign';
import { SAVED_DESIGN_VERSION } from './savedDesign';
import type { Design } from './types';

export interface LibraryEntry {
  id: string;
  name: string;
  /** When it was last changed or opened, in ms since the epoch: the list's order. */
  updatedAt: number;
  design: Design;
}

export interface DesignLibrary {
  entries: readonly LibraryEntry[];
}

export const EMPTY_LIBRARY: DesignLibrary = { entries: [] };

export const DESIGN_NAME_LIMIT = 120;

// eslint-disable-next-line no-control-regex -- control characters are exactly what goes
const CONTROLS = /[\u0000-\u001f\u007f]+/g;

/** A name as typed or read from a file: trimmed, controls and line breaks out, capped; empty means untitled. */
export function cleanDesignName(name: string): string {
  const clean = name.replace(CONTROLS, ' ').trim().slice(0, DESIGN_NAME_LIMIT);
  return clean || 'Untitled design';
}

/** `wanted`, or `wanted (2)`, `(3)`… so two entries never look alike in the list. */
export function uniqueDesignName(
  library: DesignLibrary,
  wanted: string,
  exceptId?: string,
): string {
  const base = cleanDesignName(wanted);
  const taken = new Set(
    library.entries.filter((e) => e.id !== exceptId).map((e) => e.name.toLowerCase()),
  );
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Puts an entry in (replacing one with its id), newest first. */
export function putEntry(library: DesignLibrary, entry: LibraryEntry): DesignLibrary {
  const others = library.entries.filter((e) => e.id !== entry.id);
  return { entries: [entry, ...others].sort((a, b) => b.updatedAt - a.updatedAt) };
}

export function removeEntry(library: DesignLibrary, id: string): DesignLibrary {
  return { entries: library.entries.filter((e) => e.id !== id) };
}

export function findEntry(library: DesignLibrary, id: string): LibraryEntry | undefined {
  return library.entries.find((e) => e.id === id);
}

export function libraryJson(library: DesignLibrary): string {
  return JSON.stringify({ version: SAVED_DESIGN_VERSION, entries: library.entries });
}

export interface LibraryReading {
  library: DesignLibrary;
  /** Entries that could not be read, each with why: kept aside by the caller, never dropped silently. */
  unreadable: string[];
}

/** Reads the stored library; what it cannot read it names, and keeps the rest. */
export function readLibrary(raw: string | null | undefined): LibraryReading {
  if (raw == null) return { library: EMPTY_LIBRARY, unreadable: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { library: EMPTY_LIBRARY, unreadable: ['the list of designs is not valid JSON'] };
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !Array.isArray((parsed as Record<string, unknown>).entries)
  ) {
    return { library: EMPTY_LIBRARY, unreadable: ['the list of designs is not in a known shape'] };
  }
  const { version, entries } = parsed as { version: unknown; entries: unknown[] };
  const unreadable: string[] = [];
  const read: LibraryEntry[] = [];
  const seen = new Set<string>();
  entries.forEach((item, index) => {
    const entry = (typeof item === 'object' && item !== null ? item : {}) as Record<
      string,
      unknown
    >;
    const name =
      typeof entry.name === 'string' ? cleanDesignName(entry.name) : `Design ${index + 1}`;
    if (typeof entry.id !== 'string' || entry.id === '' || seen.has(entry.id)) {
      unreadable.push(`"${name}" has no id of its own`);
      return;
    }
    const restored = readSavedDesign({ version, design: entry.design });
    if (!restored.ok) {
      unreadable.push(`"${name}": ${restored.reason}`);
      return;
    }
    seen.add(entry.id);
    for (const dropped of restored.dropped) unreadable.push(`"${name}": ${dropped}`);
    read.push({
      id: entry.id,
      name,
      updatedAt:
        typeof entry.updatedAt === 'number' && Number.isFinite(entry.updatedAt)
          ? entry.updatedAt
          : 0,
      design: restored.design,
    });
  });
  return { library: { entries: read.sort((a, b) => b.updatedAt - a.updatedAt) }, unreadable };
}
