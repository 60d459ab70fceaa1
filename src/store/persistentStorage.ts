import { readStored, writeStored } from './browserStorage';
import { KEY_PREFIX } from './storageKeys';

/** Set once the browser was asked: some (Firefox) ask the user, who should be asked once. */
const ASKED_KEY = `${KEY_PREFIX}persist-asked`;

/**
 * Asks the browser, once per browser, to keep the designs even when the disk runs low (without
 * it, IndexedDB is "best effort" and may be evicted). A refusal is the browser's right, not an
 * error: the designs are stored all the same.
 */
export function askForPersistentStorage(): void {
  if (readStored(ASKED_KEY) !== null) return;
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.persist !== 'function') return;
  if (!writeStored(ASKED_KEY, new Date().toISOString())) return;
  storage.persist().catch(() => false);
}
