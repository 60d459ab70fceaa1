/**
 * The app's stored entries as the store reads and writes them: synchronously, from a copy in
 * memory loaded once at start-up (`loadStorage`), while IndexedDB is written behind it, one
 * transaction per burst of writes, never blocking a drag or a keystroke. A write IndexedDB
 * refuses (its quota, a blocked database) is taken back from the copy and told to
 * `onWriteRefused` listeners, so the user hears of it and nothing claims to be stored that is not.
 */
import { localStorageEntries, moveFromLocalStorage } from './localStorageMove';
import { openIndexedDb, type StorageBackend } from './storageBackend';
import { broadcastChannel, type EntryChange, type TabChannel } from './tabChannel';

export function tabStore(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

/** What start-up found: stored designs to open, or why this browser keeps none. */
export type StorageLoad = { ok: true } | { ok: false; reason: string };

let backend: StorageBackend | undefined;
let channel: TabChannel | undefined;
let stopChannel: () => void = () => undefined;
const entries = new Map<string, string>();
/** Written to the copy, not yet handed to IndexedDB: the latest value of each key. */
const queued = new Map<string, string | null>();
/** The transactions handed to IndexedDB, in order; settles when the last has. */
let written: Promise<void> = Promise.resolve();
/** Batches handed to IndexedDB and not stored yet, oldest first: what a closing tab rescues. */
const unsettled = new Set<ReadonlyMap<string, string | null>>();

/** A stored value that is not text (written by something else, or damaged): the gate reports it. */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Opens the browser's storage and reads every entry into memory, after moving what older builds
 * kept in localStorage. When IndexedDB cannot be opened, designs still in localStorage open
 * (read only) and every write is refused, which the app tells the user at the spot.
 */
export async function loadStorage(
  open: () => Promise<StorageBackend> = openIndexedDb,
  tabs: TabChannel = broadcastChannel(),
): Promise<StorageLoad> {
  entries.clear();
  queued.clear();
  unsettled.clear();
  written = Promise.resolve();
  stopChannel();
  channel = tabs;
  stopChannel = tabs.listen(fromOtherTab);
  let load: StorageLoad = { ok: true };
  const stored = new Map<string, unknown>();
  try {
    backend = await open();
    for (const [key, value] of await backend.readAll()) stored.set(key, value);
  } catch (error) {
    backend = undefined;
    load = { ok: false, reason: describe(error) };
  }
  if (backend) {
    try {
      await moveFromLocalStorage(backend, stored);
    } catch {
      // Not moved (IndexedDB refused the copy): localStorage keeps it, it is shown from there
      // below, and the next load tries the move again.
    }
  }
  for (const [key, value] of stored) entries.set(key, asText(value));
  for (const [key, value] of localStorageEntries()) if (!entries.has(key)) entries.set(key, value);
  return load;
}

function describe(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'its storage is full';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return 'it does not allow this site to store data (a private window, or a setting)';
  }
  return error instanceof Error && error.message !== ''
    ? `it would not open its storage: ${error.message}`
    : 'it would not open its storage';
}

export function readStored(key: string): string | null {
  return entries.get(key) ?? null;
}

/** False when the browser keeps nothing (no IndexedDB); a refusal later is told to `onWriteRefused`. */
export function writeStored(key: string, value: string): boolean {
  if (!backend) return false;
  entries.set(key, value);
  queue(key, value);
  return true;
}

export function removeStored(key: string): void {
  if (!backend || !entries.has(key)) return;
  entries.delete(key);
  queue(key, null);
}

function queue(key: string, value: string | null): void {
  const first = queued.size === 0;
  queued.set(key, value);
  if (first) queueMicrotask(writeQueued);
  announce({ key, newValue: value, fromOtherTab: false });
  channel?.post({ key, value });
}

/**
 * The writes of one task in one transaction (a command writes a design and the list together:
 * both are stored, or neither), started before the task ends, so a closing tab still stores it.
 */
function writeQueued(): void {
  if (queued.size === 0 || !backend) return;
  const batch = new Map(queued);
  queued.clear();
  const to = backend;
  unsettled.add(batch);
  written = written
    .then(() => to.write(batch).catch((error: unknown) => refused(to, batch, error)))
    .finally(() => {
      unsettled.delete(batch);
    });
}

/**
 * For a tab that is closing: what IndexedDB has not stored yet goes to localStorage at once, as
 * builds before IndexedDB wrote it, because a closing page may lose the transactions it started.
 * The next start moves it in like an older build's data: the newer revision of a design wins.
 */
export function keepUnstoredForNextStart(): void {
  writeQueued();
  const latest = new Map<string, string>();
  for (const batch of unsettled) {
    for (const [key, value] of batch) {
      if (value === null) latest.delete(key);
      else latest.set(key, value);
    }
  }
  try {
    for (const [key, value] of latest) localStorage.setItem(key, value);
  } catch {
    // No room or no localStorage: IndexedDB may still finish what it started.
  }
}

/** Resolves once everything written so far is in IndexedDB (or refused and told). */
export function whenStored(): Promise<void> {
  writeQueued();
  return written;
}

/** Why IndexedDB refused some writes, and which keys: their values are back to what is stored. */
export interface WriteRefusal {
  keys: readonly string[];
  reason: string;
  /** What was refused (`null` for a delete): the only copy of it now, for the user to download. */
  values: ReadonlyMap<string, string | null>;
}

const refusalListeners = new Set<(refusal: WriteRefusal) => void>();

export function onWriteRefused(listener: (refusal: WriteRefusal) => void): () => void {
  refusalListeners.add(listener);
  return () => refusalListeners.delete(listener);
}

async function refused(
  from: StorageBackend,
  batch: ReadonlyMap<string, string | null>,
  error: unknown,
): Promise<void> {
  // Keys written again since are the next transaction's: only the rest go back.
  const keys = [...batch.keys()].filter((key) => !queued.has(key));
  let values: unknown[] = [];
  try {
    values = await from.read(keys);
  } catch {
    values = [];
  }
  keys.forEach((key, i) => {
    const value = values[i];
    if (value === undefined) entries.delete(key);
    else entries.set(key, asText(value));
    announce({ key, newValue: entries.get(key) ?? null, fromOtherTab: false });
  });
  const refusal = { keys: [...batch.keys()], reason: describe(error), values: batch };
  for (const listener of refusalListeners) listener(refusal);
}

/** A change to a stored entry, by this tab or another. */
export interface StoredChange {
  /** `null` when the whole storage was cleared. */
  key: string | null;
  /** `null` when the entry was removed. */
  newValue: string | null;
  fromOtherTab: boolean;
}

const changeListeners = new Set<(change: StoredChange) => void>();

function announce(change: StoredChange): void {
  for (const listener of changeListeners) listener(change);
}

function fromOtherTab({ key, value }: EntryChange): void {
  if (value === null) entries.delete(key);
  else entries.set(key, value);
  announce({ key, newValue: value, fromOtherTab: true });
}

/** Hears every change to the stored entries, this tab's and other tabs'; returns what stops it. */
export function onStoredChange(listener: (change: StoredChange) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
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
 * the next start does not find (and copy) the same damage again. When the browser keeps
 * nothing, the text stays where it was.
 */
export function moveAside(key: string, raw: string, reason: string): UnreadableCopy {
  const copyKey = `${key}:unreadable:${new Date().toISOString()}`;
  if (!writeStored(copyKey, raw)) return { reason, text: raw };
  removeStored(key);
  return { reason, text: raw, key: copyKey };
}
