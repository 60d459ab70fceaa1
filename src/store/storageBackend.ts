import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';

/**
 * Where the browser keeps the app's entries (designs, the list, copies of damaged data): an
 * IndexedDB object store, whose quota is a share of the disk, where localStorage gave an origin
 * about five million characters and blocked the page on every write.
 */
export interface StorageBackend {
  /** Every entry, as stored: a value that is not text is damage the caller reports. */
  readAll: () => Promise<[string, unknown][]>;
  read: (keys: readonly string[]) => Promise<unknown[]>;
  /** Writes and deletes (`null`) in one transaction: all of them, or none when refused. */
  write: (changes: ReadonlyMap<string, string | null>) => Promise<void>;
}

const DATABASE = 'nodepool-designer';
const OBJECT_STORE = 'entries';

/** The browser's IndexedDB through idb-keyval; rejects when IndexedDB is missing or blocked. */
export async function openIndexedDb(): Promise<StorageBackend> {
  if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB');
  const store: UseStore = createStore(DATABASE, OBJECT_STORE);
  const backend: StorageBackend = {
    readAll: () =>
      store('readonly', async (s) => {
        const [keys, values] = await Promise.all([
          promisifyRequest(s.getAllKeys()),
          promisifyRequest(s.getAll()),
        ]);
        return keys.map((key, i): [string, unknown] => [
          typeof key === 'string' ? key : JSON.stringify(key),
          values[i],
        ]);
      }),
    read: (keys) =>
      store('readonly', (s) => Promise.all(keys.map((key) => promisifyRequest(s.get(key))))),
    write: (changes) =>
      store('readwrite', (s) => {
        try {
          for (const [key, value] of changes) {
            if (value === null) s.delete(key);
            else s.put(value, key);
          }
        } catch (error) {
          // The puts made before the throw would commit on their own: all of them, or none.
          s.transaction.abort();
          throw error;
        }
        return promisifyRequest(s.transaction);
      }),
  };
  // Opening fails here, not at the first save, when the browser blocks IndexedDB (some
  // private modes): the app can say so before the user starts work.
  await backend.read([]);
  return backend;
}
