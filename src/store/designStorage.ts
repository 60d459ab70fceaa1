import { exampleDesign } from '../domain/design/example';
import {
  readStoredDesign,
  storedDesignJson,
  storedDesignText,
  storedRevision,
  type DesignDocument,
  type StoredDesign,
} from '../domain/design/storedDesign';
import {
  moveAside,
  readStored,
  removeStored,
  tabStore,
  writeStored,
  type UnreadableCopy,
} from './browserStorage';
import { readStoredLibrary, writeLibrary } from './libraryStorage';
import { DESIGN_KEY_PREFIX, KEY_PREFIX } from './storageKeys';
import type { Design } from '../domain/design/types';

export const designKey = (id: string): string => `${DESIGN_KEY_PREFIX}${id}`;
/** The id of the design stored under a key; `undefined` for any other key. */
export const designIdOf = (key: string): string | undefined =>
  key.startsWith(DESIGN_KEY_PREFIX) ? key.slice(DESIGN_KEY_PREFIX.length) : undefined;
/** The one entry every tab shared before designs had their own. */
const LEGACY_DESIGN_KEY = `${KEY_PREFIX}design`;
/** The design opened most recently, in any tab: what a new tab opens. */
const LAST_OPEN_KEY = `${KEY_PREFIX}last-open`;
/** This tab's design (sessionStorage is per tab): a reload reopens it, not another tab's. */
const TAB_DESIGN_KEY = `${KEY_PREFIX}tab-design`;

/** What a first visit opens as. */
export const FIRST_DOCUMENT: DesignDocument = { id: 'first', name: 'Example design' };

export function rememberOpen(id: string): void {
  writeStored(LAST_OPEN_KEY, id);
  try {
    tabStore()?.setItem(TAB_DESIGN_KEY, id);
  } catch {
    // Per-tab memory is a convenience: without it a reload opens the last design of any tab.
  }
}

function tabDesignId(): string | null {
  try {
    return tabStore()?.getItem(TAB_DESIGN_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * Moves designs out of the shapes older versions stored them in: the one entry all tabs shared,
 * and designs kept inside the list. Each is copied verbatim before the old copy goes, one at a
 * time, so a full storage stops the move half way with nothing lost.
 */
export function moveLegacyDesigns(): void {
  const legacy = readStored(LEGACY_DESIGN_KEY);
  if (legacy !== null) {
    const document = legacyDocument(legacy);
    const target = designKey(document.id);
    const moved = readStored(target) !== null || writeStored(target, legacy);
    if (moved) {
      removeStored(LEGACY_DESIGN_KEY);
      const reading = readStoredLibrary();
      if (!reading.library.entries.some((e) => e.id === document.id)) {
        const entry = { ...document, updatedAt: Date.now() };
        writeLibrary({ entries: [entry, ...reading.library.entries] }, reading.legacy);
      }
      if (readStored(LAST_OPEN_KEY) === null) writeStored(LAST_OPEN_KEY, document.id);
    }
  }
  const reading = readStoredLibrary();
  for (const entry of reading.library.entries) {
    const inside = reading.legacy.get(entry.id);
    if (!inside) continue;
    const target = designKey(entry.id);
    if (readStored(target) === null) {
      const text = JSON.stringify({
        rev: 0,
        version: inside.version,
        state: { document: { id: entry.id, name: entry.name }, design: inside.design },
      });
      if (!writeStored(target, text)) return;
    }
    reading.legacy.delete(entry.id);
    if (!writeLibrary(reading.library, reading.legacy)) return;
  }
}

function legacyDocument(raw: string): DesignDocument {
  try {
    const parsed = JSON.parse(raw) as { state?: { document?: { id?: unknown; name?: unknown } } };
    const { id, name } = parsed.state?.document ?? {};
    if (typeof id === 'string' && id !== '' && !id.includes('/')) {
      return { id, name: typeof name === 'string' ? name : FIRST_DOCUMENT.name };
    }
  } catch {
    // Unreadable: it still moves, under the first design's id, and is reported when opened.
  }
  return FIRST_DOCUMENT;
}

export interface OpenedDesign extends StoredDesign {
  /** Set when the stored design could not be read in whole: what to tell the user. */
  problem?: { text: string; copy?: UnreadableCopy };
}

/**
 * The design this tab opens: its own after a reload, else the one opened last in any tab,
 * else the example. Damaged data is moved aside and reported, never opened half-read silently
 * and never written over.
 */
export function openStartingDesign(): OpenedDesign {
  try {
    moveLegacyDesigns();
  } catch {
    // A move that fails part way leaves the old copies where they were: nothing is lost.
  }
  const candidates = [tabDesignId(), readStored(LAST_OPEN_KEY), FIRST_DOCUMENT.id];
  for (const id of candidates) {
    if (id === null) continue;
    const raw = readStored(designKey(id));
    if (raw === null) continue;
    const opened = openStored(id, raw);
    rememberOpen(opened.document.id);
    return opened;
  }
  rememberOpen(FIRST_DOCUMENT.id);
  return { document: FIRST_DOCUMENT, design: exampleDesign(), rev: 0 };
}

function openStored(id: string, raw: string): OpenedDesign {
  const name = readStoredLibrary().library.entries.find((e) => e.id === id)?.name;
  const fallback = { id, name: name ?? FIRST_DOCUMENT.name };
  const read = readStoredDesign(raw, fallback);
  if (!read.ok) {
    const copy = moveAside(designKey(id), raw, read.reason);
    // Under a new id when the damaged text could not be moved: writing the example over it
    // would lose it.
    const document = copy.key ? fallback : { id: freshDesignId(), name: 'Example design' };
    return {
      document,
      design: exampleDesign(),
      rev: 0,
      problem: {
        text: `Your saved design “${fallback.name}” could not be opened (${read.reason}). The example design is shown instead; the saved data is kept so you can download it.`,
        copy,
      },
    };
  }
  if (read.dropped.length === 0) return read;
  const copy = moveAside(designKey(id), raw, read.dropped.join('; '));
  const rev = read.rev + 1;
  // What could be read is stored at once, so the next start does not find the damage again.
  if (copy.key) writeStored(designKey(id), storedDesignJson({ ...read, rev }));
  return {
    ...read,
    rev: copy.key ? rev : read.rev,
    problem: {
      text: `${read.dropped.length} saved resource(s) could not be read and were left out: ${read.dropped.join('; ')}. A copy of the saved data is kept.`,
      copy,
    },
  };
}

export const freshDesignId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** A stored design of this browser, read through the gate; `undefined` when there is none. */
export function loadStoredDesign(
  document: DesignDocument,
): ReturnType<typeof readStoredDesign> | undefined {
  const raw = readStored(designKey(document.id));
  return raw === null ? undefined : readStoredDesign(raw, document);
}

export type WriteOutcome = 'written' | 'refused' | 'conflict';

/** A design's stored state worked out ahead of its write (autosave deflates it on a worker). */
export interface PreparedState {
  document: DesignDocument;
  design: Design;
  stateJson: string;
  deflated?: string;
}

/**
 * Writes a design unless another tab wrote it since revision `seen` (then 'conflict', nothing
 * written): the caller decides with the user, so newer work elsewhere is never lost silently.
 * `prepared` serves when it was made from these very objects.
 */
export function writeDesign(
  document: DesignDocument,
  design: Design,
  seen: number,
  force = false,
  prepared?: PreparedState,
): { outcome: WriteOutcome; rev: number } {
  const key = designKey(document.id);
  const stored = storedRevision(readStored(key));
  if (!force && stored > seen) return { outcome: 'conflict', rev: stored };
  const rev = Math.max(stored, seen) + 1;
  const text =
    prepared && prepared.document === document && prepared.design === design
      ? storedDesignText(rev, prepared.stateJson, prepared.deflated)
      : storedDesignJson({ document, design, rev });
  return writeStored(key, text) ? { outcome: 'written', rev } : { outcome: 'refused', rev: seen };
}
