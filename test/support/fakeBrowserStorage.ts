import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { vi } from 'vitest';

/** A Storage in memory: localStorage as builds before IndexedDB left it, and sessionStorage. */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();

  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

/** BroadcastChannels of one browser, delivering at once (a test need not wait for a message). */
function channels() {
  const open = new Set<FakeChannel>();
  class FakeChannel extends EventTarget {
    constructor(readonly name: string) {
      super();
      open.add(this);
    }
    postMessage(data: unknown): void {
      for (const other of open) {
        if (other !== this && other.name === this.name) {
          other.dispatchEvent(Object.assign(new Event('message'), { data }));
        }
      }
    }
    close(): void {
      open.delete(this);
    }
  }
  return FakeChannel;
}

// eslint-disable-next-line @typescript-eslint/unbound-method -- put back on the prototype, never called unbound
const putInto = IDBObjectStore.prototype.put;

/**
 * A fresh browser for store tests in node: IndexedDB (fake-indexeddb), localStorage,
 * sessionStorage, BroadcastChannel, `window` and `document`; `vi.unstubAllGlobals()` takes them
 * away. Stores created afterwards share this storage, as tabs of one browser do. The app reads it
 * once `loadStorage()` has run.
 */
export function fakeBrowserStorage() {
  const local = new MemoryStorage();
  const window = new EventTarget();
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const Channel = channels();
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.stubGlobal('BroadcastChannel', Channel);
  vi.stubGlobal('localStorage', local);
  vi.stubGlobal('sessionStorage', new MemoryStorage());
  vi.stubGlobal('window', window);
  vi.stubGlobal('document', document);
  IDBObjectStore.prototype.put = putInto;
  const otherTab = new Channel('nodepool-designer:storage');
  return {
    /** localStorage, where builds before IndexedDB kept the designs. */
    local,
    /** Another tab stores an entry (removes it, with `null`): this tab hears of it at once. */
    otherTab(key: string, value: string | null): void {
      otherTab.postMessage({ key, value });
    },
    /** From now on IndexedDB refuses writes, as a full disk does, or takes them again. */
    refuseWrites(refusing = true): void {
      IDBObjectStore.prototype.put = refusing
        ? () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
        : putInto;
    },
  };
}
