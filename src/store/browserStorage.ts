/** localStorage and sessionStorage as the app uses them: never throwing, refusals returned. */

function localStore(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Storage access throws in some privacy modes; the app still works, unsaved.
    return undefined;
  }
}

export function tabStore(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

export function readStored(key: string): string | null {
  try {
    return localStore()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** False when the browser refused (storage full or turned off). */
export function writeStored(key: string, value: string): boolean {
  const store = localStore();
  if (!store) return false;
  try {
    store.setItem(key, value);
  } catch {
    return false;
  }
  announce({ key, newValue: value, fromOtherTab: false });
  return true;
}

export function removeStored(key: string): void {
  try {
    localStore()?.removeItem(key);
  } catch {
    // Nothing to do: the entry stays, which loses nothing.
    return;
  }
  announce({ key, newValue: null, fromOtherTab: false });
}

/** A change to localStorage, by this tab or another. */
export interface StoredChange {
  /** `null` when the whole storage was cleared. */
  key: string | null;
  /** `null` when the entry was removed. */
  newValue: string | null;
  fromOtherTab: boolean;
}

/**
 * This tab's own writes, told on the window like other tabs' `storage` events (which a browser
 * never sends to the tab that wrote): one subscription then hears both, and two stores in one
 * test window hear the same storage, as two tabs would.
 */
const OWN_WRITE = 'nodepool-designer:stored';

class OwnWrite extends Event {
  constructor(readonly change: StoredChange) {
    super(OWN_WRITE);
  }
}

function announce(change: StoredChange): void {
  if (typeof window === 'undefined') return;
  window.dispatchEvent(new OwnWrite(change));
}

/** Hears every change to localStorage, this tab's and other tabs'; returns what stops it. */
export function onStoredChange(listener: (change: StoredChange) => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const own = (event: Event) => {
    if (event instanceof OwnWrite) listener(event.change);
  };
  const other = ({ key, newValue }: StorageEvent) =>
    listener({ key, newValue, fromOtherTab: true });
  window.addEventListener(OWN_WRITE, own);
  window.addEventListener('storage', other);
  return () => {
    window.removeEventListener(OWN_WRITE, own);
    window.removeEventListener('storage', other);
  };
}

/** Data the app could not read: what the user can download from the notice that says so. */
export interface UnreadableCopy {
  reason: string;
  /** The stored text itself, held in memory, so the download works even if storage is full. */
  text: string;
  /** Where it was moved aside in storage, when the browser had room for it. */
  key?: string;
}

/**
 * Moves unreadable stored text aside, so the app can write a readable design in its place and
 * the next start does not find (and copy) the same damage again. When the browser has no room
 * for the move, the text stays where it was.
 */
export function moveAside(key: string, raw: string, reason: string): UnreadableCopy {
  const copyKey = `${key}:unreadable:${new Date().toISOString()}`;
  if (!writeStored(copyKey, raw)) return { reason, text: raw };
  removeStored(key);
  return { reason, text: raw, key: copyKey };
}
