import type { Page } from '@playwright/test';

/**
 * The app's stored entries as the browser holds them: the IndexedDB database the app writes
 * (`src/store/storageBackend.ts`), read and written here with the bare IndexedDB API so a test
 * sees what a reload would see, not the app's copy in memory.
 */
const DATABASE = 'nodepool-designer';
const OBJECT_STORE = 'entries';

interface StoreAccess {
  database: string;
  objectStore: string;
}

const access: StoreAccess = { database: DATABASE, objectStore: OBJECT_STORE };

/** Every stored entry whose key starts with `prefix`, as text (values that are not text are JSON). */
export function storedEntries(page: Page, prefix = ''): Promise<Record<string, string>> {
  return page.evaluate(
    ({ database, objectStore, prefix }) =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const opening = indexedDB.open(database);
        opening.onerror = () => reject(opening.error ?? new Error('IndexedDB would not open'));
        opening.onsuccess = () => {
          const db = opening.result;
          if (!db.objectStoreNames.contains(objectStore)) {
            db.close();
            resolve({});
            return;
          }
          const store = db.transaction(objectStore, 'readonly').objectStore(objectStore);
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            const found: Record<string, string> = {};
            keys.result.forEach((key, i) => {
              const value: unknown = values.result[i];
              if (typeof key === 'string' && key.startsWith(prefix)) {
                found[key] = typeof value === 'string' ? value : JSON.stringify(value);
              }
            });
            db.close();
            resolve(found);
          };
          values.onerror = () => reject(values.error ?? new Error('IndexedDB would not read'));
        };
      }),
    { ...access, prefix },
  );
}

/** One stored entry as text, or `null` when there is none. */
export async function storedEntry(page: Page, key: string): Promise<string | null> {
  const found = await storedEntries(page, key);
  return found[key] ?? null;
}

/**
 * Writes entries straight into the browser's IndexedDB, as another tab or a damaged disk would,
 * with no word to the open app: a reload reads them. `replace` first removes every other entry.
 */
export function writeStoredEntries(
  page: Page,
  entries: Record<string, unknown>,
  { replace = false } = {},
): Promise<void> {
  return page.evaluate(
    ({ database, objectStore, entries, replace }) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open(database);
        opening.onerror = () => reject(opening.error ?? new Error('IndexedDB would not open'));
        opening.onsuccess = () => {
          const db = opening.result;
          const transaction = db.transaction(objectStore, 'readwrite');
          const store = transaction.objectStore(objectStore);
          if (replace) store.clear();
          for (const [key, value] of Object.entries(entries)) store.put(value, key);
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () =>
            reject(transaction.error ?? new Error('IndexedDB would not write'));
        };
      }),
    { ...access, entries, replace },
  );
}

/** The keys of the copies the app keeps aside of stored data it could not read, and their text. */
export async function unreadableCopies(page: Page): Promise<string[]> {
  const entries = await storedEntries(page);
  return Object.entries(entries)
    .filter(([key]) => key.includes(':unreadable:'))
    .map(([, value]) => value);
}
