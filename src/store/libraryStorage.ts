import {
  libraryJson,
  readLibrary,
  type DesignLibrary,
  type LibraryReading,
} from '../domain/design/designLibrary';
import { keepUnreadableCopy, type UnreadableCopy } from './savedStorage';

export const LIBRARY_KEY = 'nodepool-designer:designs';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export interface StoredLibrary extends LibraryReading {
  /** Where the unreadable data was kept, when some was. */
  copy: UnreadableCopy | undefined;
}

/** The browser's designs as stored, nothing written: what a list may read while it renders. */
export function readStoredLibrary(): LibraryReading {
  return readLibrary(storage()?.getItem(LIBRARY_KEY));
}

/** The browser's designs; damaged ones are named and the stored text kept aside, never lost. */
export function loadLibrary(): StoredLibrary {
  const reading = readStoredLibrary();
  const copy =
    reading.unreadable.length > 0
      ? keepUnreadableCopy(LIBRARY_KEY, reading.unreadable.join('; '))
      : undefined;
  return { ...reading, copy };
}

/** False when the browser refused (storage full or off): the caller must not drop anything then. */
export function saveLibrary(library: DesignLibrary): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(LIBRARY_KEY, libraryJson(library));
    return true;
  } catch {
    return false;
  }
}
