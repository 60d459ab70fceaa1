import {
  libraryJson,
  putEntry,
  readLibrary,
  type DesignLibrary,
  type LegacyDesign,
  type LibraryReading,
} from '../domain/design/designLibrary';
import type { DesignDocument } from '../domain/design/storedDesign';
import { readStored, writeStored, type UnreadableCopy } from './browserStorage';
import { LIBRARY_KEY } from './storageKeys';

/** The list of the browser's designs as stored, nothing written: what a list may read while it renders. */
export function readStoredLibrary(): LibraryReading {
  return readLibrary(readStored(LIBRARY_KEY));
}

/**
 * Keeps a copy of the stored list when parts of it cannot be read, before it is written again
 * with what could: damaged entries are named to the user and kept, never lost.
 */
export function keepLibraryCopy(reason: string): UnreadableCopy | undefined {
  const raw = readStored(LIBRARY_KEY);
  if (raw === null) return undefined;
  const copyKey = `${LIBRARY_KEY}:unreadable:${new Date().toISOString()}`;
  return writeStored(copyKey, raw) ? { reason, text: raw, key: copyKey } : { reason, text: raw };
}

/** False when the browser refused (storage full or off): the caller must not drop anything then. */
export function writeLibrary(
  library: DesignLibrary,
  legacy: ReadonlyMap<string, LegacyDesign> = readStoredLibrary().legacy,
): boolean {
  return writeStored(LIBRARY_KEY, libraryJson(library, legacy));
}

/** Puts a design in the list (or brings its name and date up to date); false when refused. */
export function touchLibraryEntry(document: DesignDocument, updatedAt = Date.now()): boolean {
  const { library, legacy } = readStoredLibrary();
  const old = library.entries.find((e) => e.id === document.id);
  if (old && old.name === document.name && updatedAt - old.updatedAt < 60_000) return true;
  return writeLibrary(putEntry(library, { ...document, updatedAt }), legacy);
}
