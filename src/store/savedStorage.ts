import { SAVED_DESIGN_VERSION } from '../domain/design/savedDesign';
import type { PersistStorage, StorageValue } from 'zustand/middleware';

export interface UnreadableCopy {
  key: string;
  reason: string;
}

const WRITE_DELAY_MS = 250;

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Storage access throws in some privacy modes; the app still works, unsaved.
    return undefined;
  }
}

/**
 * Moves what is stored under `key` aside before the app overwrites it, so a design this version
 * cannot read is never lost. Returns where it went.
 */
export function keepUnreadableCopy(key: string, reason: string): UnreadableCopy | undefined {
  const storage = browserStorage();
  const raw = storage?.getItem(key);
  if (!storage || raw == null) return undefined;
  const copyKey = `${key}:unreadable:${new Date().toISOString()}`;
  try {
    storage.setItem(copyKey, raw);
  } catch {
    return undefined;
  }
  return { key: copyKey, reason };
}

export function readUnreadableCopy(copy: UnreadableCopy): string | undefined {
  return browserStorage()?.getItem(copy.key) ?? undefined;
}

/**
 * localStorage behind persist, with two differences: unparsable JSON is kept aside rather than
 * thrown, and writes are debounced (a drag or typing burst serialises once) and flushed when the
 * page is hidden or closed, so a reload or a crash right after an edit keeps it.
 */
export function createSavedStorage<S>(): PersistStorage<S> {
  let pending: { name: string; value: StorageValue<S> } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const { name, value } = pending;
    pending = undefined;
    try {
      browserStorage()?.setItem(name, JSON.stringify(value));
    } catch {
      // Quota exceeded: keep working; the next write tries again.
    }
  };

  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }

  return {
    getItem: (name) => {
      const raw = browserStorage()?.getItem(name);
      if (raw == null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (typeof parsed === 'object' && parsed !== null && 'state' in parsed) {
          const { state, version } = parsed as { state: S; version?: unknown };
          return { state, version: typeof version === 'number' ? version : 0 };
        }
      } catch {
        // fall through: not JSON
      }
      // Handed on to persist's merge, which keeps a copy and tells the user.
      return { state: { unreadable: 'it is not valid JSON' } as S, version: SAVED_DESIGN_VERSION };
    },
    setItem: (name, value: StorageValue<S>) => {
      // Serialised when written, not per edit: at 1,000 resources that is most of an edit's cost.
      pending = { name, value };
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, WRITE_DELAY_MS);
    },
    removeItem: (name) => {
      pending = undefined;
      browserStorage()?.removeItem(name);
    },
  };
}
