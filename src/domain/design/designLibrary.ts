/**
 * The list of designs a person keeps in this browser, each with a name, as the start screen
 * shows it. The list holds names and dates only; each design is stored on its own (see
 * storedDesign.ts), so an edit writes one design, and two tabs with two designs never meet.
 */

export interface LibraryEntry {
  id: string;
  name: string;
  /** When it was last changed or opened, in ms since the epoch: the list's order. */
  updatedAt: number;
}

/**
 * A design stored inside the list, as versions before per-design storage did: moved to its own
 * entry when the app starts, and read from here until that move succeeds.
 */
export interface LegacyDesign {
  version: unknown;
  design: unknown;
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

/** The list as stored; designs still waiting to move out are written back with it, never lost. */
export function libraryJson(
  library: DesignLibrary,
  legacy: ReadonlyMap<string, LegacyDesign> = new Map(),
): string {
  return JSON.stringify({
    version: LIBRARY_VERSION,
    entries: library.entries.map((e) => {
      const old = legacy.get(e.id);
      return old ? { ...e, design: old.design, designVersion: old.version } : e;
    }),
  });
}

/** 3: names and dates only. 2 and before: each entry held its design. */
export const LIBRARY_VERSION = 3;

export interface LibraryReading {
  library: DesignLibrary;
  /** Entries that could not be read, each with why: kept aside by the caller, never dropped silently. */
  unreadable: string[];
  /** Designs stored inside the list (older versions), by entry id, not yet read. */
  legacy: Map<string, LegacyDesign>;
}

/** Reads the stored list; what it cannot read it names, and keeps the rest. */
export function readLibrary(raw: string | null | undefined): LibraryReading {
  const legacy = new Map<string, LegacyDesign>();
  if (raw == null) return { library: EMPTY_LIBRARY, unreadable: [], legacy };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {
      library: EMPTY_LIBRARY,
      unreadable: ['the list of designs is not valid JSON'],
      legacy,
    };
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !Array.isArray((parsed as Record<string, unknown>).entries)
  ) {
    return {
      library: EMPTY_LIBRARY,
      unreadable: ['the list of designs is not in a known shape'],
      legacy,
    };
  }
  const { version, entries } = parsed as { version: unknown; entries: unknown[] };
  if (typeof version === 'number' && version > LIBRARY_VERSION) {
    return {
      library: EMPTY_LIBRARY,
      unreadable: [
        `the list of designs was saved by a newer version of the designer (format ${version}, this one reads ${LIBRARY_VERSION})`,
      ],
      legacy,
    };
  }
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
    seen.add(entry.id);
    if ('design' in entry) {
      const designVersion = 'designVersion' in entry ? entry.designVersion : version;
      legacy.set(entry.id, { version: designVersion, design: entry.design });
    }
    read.push({
      id: entry.id,
      name,
      updatedAt:
        typeof entry.updatedAt === 'number' && Number.isFinite(entry.updatedAt)
          ? entry.updatedAt
          : 0,
    });
  });
  return {
    library: { entries: read.sort((a, b) => b.updatedAt - a.updatedAt) },
    unreadable,
    legacy,
  };
}
