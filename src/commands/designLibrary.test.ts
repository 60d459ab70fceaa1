import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowserStorage } from '../../test/support/fakeBrowserStorage';
import { fakePlatform } from '../../test/support/fakePlatform';
import { libraryJson } from '../domain/design/designLibrary';
import { exampleDesign } from '../domain/design/example';
import { storedDesignJson } from '../domain/design/storedDesign';
import { EMPTY_DESIGN } from '../domain/design/types';
import { designKey } from '../store/designStorage';
import { LIBRARY_KEY } from '../store/storageKeys';

/**
 * The app's store is made when its module loads, from what storage holds then: each test
 * loads the modules afresh over its own storage, as a page load would.
 */
async function openApp() {
  const storage = fakeBrowserStorage();
  storage.local.setItem(
    LIBRARY_KEY,
    libraryJson({
      entries: [
        { id: 'mine', name: 'Mine', updatedAt: 2 },
        { id: 'other', name: 'Other', updatedAt: 1 },
      ],
    }),
  );
  for (const [id, name] of [
    ['mine', 'Mine'],
    ['other', 'Other'],
  ] as const) {
    const document = { id, name };
    storage.local.setItem(
      designKey(id),
      storedDesignJson({ document, design: EMPTY_DESIGN, rev: 1 }),
    );
  }
  storage.local.setItem('nodepool-designer:last-open', 'mine');
  vi.resetModules();
  // The store's module loads storage as the page does: what localStorage holds moves first.
  const stored = await import('../store/browserStorage');
  const library = await import('./designLibrary');
  const { useDesignStore } = await import('../store/designStore');
  const { createRunner } = await import('./run');
  const run = createRunner(fakePlatform().platform);
  // As the app shows it: the designs are read while the start screen is shown.
  useDesignStore.getState().openDialog({ kind: 'start' });
  const names = () => useDesignStore.getState().library.entries.map((e) => e.name);
  return { storage, stored, library, store: useDesignStore, run, names };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the designs in this browser, through the library slice', () => {
  let app: Awaited<ReturnType<typeof openApp>>;
  beforeEach(async () => {
    app = await openApp();
  });

  it('opens with the stored designs listed', () => {
    expect(app.store.getState().document.id).toBe('mine');
    expect(app.names()).toEqual(['Mine', 'Other']);
  });

  it('lists a rename', () => {
    app.run(app.library.renameStoredDesign, { id: 'other', name: 'Renamed' }, 'start-screen');
    expect(app.names()).toEqual(['Mine', 'Renamed']);
  });

  it('lists a duplicate', () => {
    app.run(app.library.duplicateStoredDesign, { id: 'other' }, 'start-screen');
    expect(app.names()).toEqual(['Other copy', 'Mine', 'Other']);
    expect(app.store.getState().library.entries[0]?.status).toBe('readable');
  });

  it('drops a design once its delete is confirmed', async () => {
    app.run(app.library.deleteStoredDesign, { id: 'other' }, 'start-screen');
    expect(app.names()).toEqual(['Mine', 'Other']);
    const dialog = app.store.getState().dialogs.at(-1);
    if (dialog?.kind !== 'confirm') throw new Error('a delete asks first');
    dialog.onConfirm();
    expect(app.names()).toEqual(['Mine']);
    expect(app.stored.readStored(designKey('other'))).toBeNull();
    await app.stored.whenStored();
    expect(app.storage.local.length).toBe(0);
  });

  it('moves a damaged design aside when the start screen opens, and says so', () => {
    app.storage.otherTab(designKey('other'), '{"rev":2,"state":');
    expect(app.store.getState().library.entries[1]?.status).toBe('unreadable');
    app.run(app.library.openStartScreen, undefined, 'toolbar');
    expect(app.names()).toEqual(['Mine']);
    expect(app.store.getState().notices.at(-1)?.text).toMatch(/"Other": it is not valid JSON/);
  });

  it('opens another stored design as the slice read it', () => {
    const theirs = exampleDesign();
    const document = { id: 'other', name: 'Other' };
    app.storage.otherTab(
      designKey('other'),
      storedDesignJson({ document, design: theirs, rev: 5 }),
    );
    app.run(app.library.openStoredDesign, { id: 'other' }, 'start-screen');
    expect(app.store.getState().document.id).toBe('other');
    expect(Object.keys(app.store.getState().design.resources)).toEqual(
      Object.keys(theirs.resources),
    );
  });
});
