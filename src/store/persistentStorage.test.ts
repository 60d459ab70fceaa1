import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowserStorage } from '../../test/support/fakeBrowserStorage';
import { loadStorage, whenStored } from './browserStorage';
import { askForPersistentStorage } from './persistentStorage';

beforeEach(() => {
  fakeBrowserStorage();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** A browser whose `navigator.storage.persist()` answers `answer`, or fails with it. */
function browserAsked(answer: boolean | Error) {
  const persist = vi.fn(() =>
    answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer),
  );
  vi.stubGlobal('navigator', { storage: { persist } });
  return persist;
}

describe('asking for persistent storage', () => {
  it('asks once per browser, not at every start', async () => {
    const persist = browserAsked(false);
    await loadStorage();
    askForPersistentStorage();
    await whenStored();
    // The next start of the page reads what the first one stored.
    await loadStorage();
    askForPersistentStorage();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('takes a refusal quietly: the designs are stored all the same', async () => {
    const persist = browserAsked(new DOMException('not allowed', 'NotAllowedError'));
    await loadStorage();
    expect(() => askForPersistentStorage()).not.toThrow();
    await whenStored();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask where the browser keeps nothing', async () => {
    const persist = browserAsked(true);
    await loadStorage(() => Promise.reject(new Error('blocked')));
    askForPersistentStorage();
    expect(persist).not.toHaveBeenCalled();
  });
});
