import { vi } from 'vitest';

/** A Storage in memory that can be told to refuse writes, as a full or disabled one does. */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  refusing = false;

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
    if (this.refusing) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

/**
 * localStorage, sessionStorage, `window` and `document` for store tests in node, fresh for each
 * call; `vi.unstubAllGlobals()` takes them away. Stores created afterwards share this storage,
 * as tabs of one browser do.
 */
export function fakeBrowserStorage() {
  const local = new MemoryStorage();
  const window = new EventTarget();
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  vi.stubGlobal('localStorage', local);
  vi.stubGlobal('sessionStorage', new MemoryStorage());
  vi.stubGlobal('window', window);
  vi.stubGlobal('document', document);
  return {
    local,
    /** Another tab writes an entry (removes it, with `null`): this tab hears a `storage` event. */
    otherTab(key: string, value: string | null): void {
      if (value === null) local.items.delete(key);
      else local.items.set(key, value);
      window.dispatchEvent(Object.assign(new Event('storage'), { key, newValue: value }));
    },
    /** From now on the browser refuses writes (storage full or turned off), or takes them again. */
    refuseWrites(refusing = true): void {
      local.refusing = refusing;
    },
  };
}
