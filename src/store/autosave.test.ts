import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { designOf, nodeClass, nodePool } from '../../test/fixtures/fixtures';
import { fakeBrowserStorage } from '../../test/support/fakeBrowserStorage';
import { deflateStateJson } from '../domain/design/deflateState';
import { exampleDesign } from '../domain/design/example';
import { readStoredDesign, storedDesignJson } from '../domain/design/storedDesign';
import { EMPTY_DESIGN, type Design } from '../domain/design/types';
import { createAutosave } from './autosave';
import { loadStorage, readStored, whenStored, writeStored } from './browserStorage';
import { designKey } from './designStorage';
import { createDesignStore } from './designStore';

const DOCUMENT = { id: 'mine', name: 'Mine' };
let storage: ReturnType<typeof fakeBrowserStorage>;
const stops: (() => void)[] = [];

beforeEach(async () => {
  storage = fakeBrowserStorage();
  await loadStorage();
  // IndexedDB (fake-indexeddb) runs on setImmediate: only the autosave's timers are faked.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A tab with the design stored at revision 1, its autosave started. */
function openTab(save: () => void = () => undefined) {
  writeStored(
    designKey(DOCUMENT.id),
    storedDesignJson({ document: DOCUMENT, design: exampleDesign(), rev: 1 }),
  );
  const store = createDesignStore({ document: DOCUMENT, design: exampleDesign(), rev: 1 });
  const autosave = createAutosave(store, 1);
  stops.push(autosave.start(save));
  return { store, autosave };
}

/** The pause after a burst of edits, then the idle moment the write waits for. */
function pause(): void {
  vi.advanceTimersByTime(250);
  vi.runOnlyPendingTimers();
}

/** An edit as the user makes one: a new design object. */
const edit = (design: Design): Design => ({ ...design, resources: { ...design.resources } });
const stored = () => {
  const raw = readStored(designKey(DOCUMENT.id));
  return raw === null ? undefined : readStoredDesign(raw, DOCUMENT);
};
const texts = (tab: ReturnType<typeof openTab>) => tab.store.getState().notices.map((n) => n.text);

describe('autosave', () => {
  it('writes a burst of edits once, a moment after the last', () => {
    const tab = openTab();
    for (let i = 0; i < 5; i++) tab.store.getState().setDesign(edit);
    expect(stored()).toMatchObject({ rev: 1 });
    pause();
    expect(stored()).toMatchObject({ rev: 2, design: tab.store.getState().design });
  });

  it('stores the edits in IndexedDB, where the next page load finds them', async () => {
    const tab = openTab();
    tab.store.getState().setDesign(edit);
    pause();
    await whenStored();
    await loadStorage();
    expect(stored()).toMatchObject({ rev: 2, design: tab.store.getState().design });
  });

  it('keeps an edit IndexedDB refused in the tab, says so once, and says when saving works again', async () => {
    const save = vi.fn();
    const tab = openTab(save);
    await whenStored();
    storage.refuseWrites();
    tab.store.getState().setDesign(edit);
    tab.autosave.flush();
    await whenStored();
    // Nothing claims to be stored that is not: the entry is back to what IndexedDB holds.
    expect(stored()).toMatchObject({ rev: 1 });
    tab.store.getState().setDesign(edit);
    tab.autosave.flush();
    await whenStored();
    expect(texts(tab).filter((t) => t.includes('would not save'))).toEqual([
      expect.stringContaining('its storage is full'),
    ]);
    tab.store.getState().notices.at(-1)?.actions?.[0]?.run();
    expect(save).toHaveBeenCalledOnce();
    storage.refuseWrites(false);
    expect(tab.autosave.flush()).toBe(true);
    await whenStored();
    expect(texts(tab)).toEqual(['Your changes are saved in this browser again.']);
    await loadStorage();
    expect(stored()).toMatchObject({ design: tab.store.getState().design });
  });

  it('tells at once, before any edit, that a browser without IndexedDB keeps nothing', async () => {
    await loadStorage(() => Promise.reject(new DOMException('blocked', 'SecurityError')));
    const store = createDesignStore({ document: DOCUMENT, design: exampleDesign(), rev: 0 });
    const autosave = createAutosave(store, 0, { ok: false, reason: 'a private window' });
    stops.push(autosave.start(() => undefined));
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      expect.stringContaining('will not keep your designs (a private window)'),
    ]);
    store.getState().setDesign(edit);
    expect(autosave.flush()).toBe(false);
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      expect.stringContaining('would not save your latest changes to “Mine” (a private window)'),
    ]);
  });

  it('does not write over newer work another tab stored, and asks', () => {
    const tab = openTab();
    tab.store.getState().setDesign(edit);
    const theirs = storedDesignJson({ document: DOCUMENT, design: EMPTY_DESIGN, rev: 5 });
    storage.otherTab(designKey(DOCUMENT.id), theirs);
    expect(tab.autosave.flush()).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(readStored(designKey(DOCUMENT.id))).toBe(theirs);
    expect(texts(tab)).toEqual([
      '“Mine” was also changed in another tab. Your changes in this tab are not saved yet.',
    ]);
  });

  it("writes this tab's version over the other only when the user says so", () => {
    const tab = openTab();
    tab.store.getState().setDesign(edit);
    storage.otherTab(
      designKey(DOCUMENT.id),
      storedDesignJson({ document: DOCUMENT, design: EMPTY_DESIGN, rev: 5 }),
    );
    const keepMine = tab.store.getState().notices.at(-1)?.actions?.[0];
    expect(keepMine?.label).toBe("Keep this tab's version");
    keepMine?.run();
    expect(stored()).toMatchObject({ rev: 6, design: tab.store.getState().design });
  });

  it('takes what another tab stored when this one has nothing unwritten', () => {
    const tab = openTab();
    storage.otherTab(
      designKey(DOCUMENT.id),
      storedDesignJson({
        document: { ...DOCUMENT, name: 'Renamed' },
        design: EMPTY_DESIGN,
        rev: 2,
      }),
    );
    expect(tab.store.getState().design).toEqual(EMPTY_DESIGN);
    expect(tab.store.getState().document.name).toBe('Renamed');
  });

  it('tells a refusal in the tab whose design it is, not in another', async () => {
    const first = openTab();
    const second = createDesignStore({
      document: { id: 'b', name: 'B' },
      design: EMPTY_DESIGN,
      rev: 0,
    });
    stops.push(createAutosave(second, 0).start(() => undefined));
    await whenStored();
    storage.refuseWrites();
    first.store.getState().setDesign(edit);
    first.autosave.flush();
    await whenStored();
    expect(texts(first)).toEqual([expect.stringContaining('would not save')]);
    expect(texts({ store: second, autosave: first.autosave })).not.toContainEqual(
      expect.stringContaining('would not save'),
    );
  });
});

describe('autosave of a large design', () => {
  /** Past the size storage deflates: 30 classes and 300 pools. */
  const large = designOf(
    ...Array.from({ length: 30 }, (_, i) => nodeClass(`c${i}`)),
    ...Array.from({ length: 300 }, (_, i) => nodePool(`p${i}`, `c${i % 30}`)),
  );

  /** A tab whose deflates wait for the test: `done()` finishes the oldest as the worker would. */
  function tabWithWorker() {
    const calls: {
      resolve: (deflated: string) => void;
      reject: (e: Error) => void;
      json: string;
    }[] = [];
    const deflate = (json: string) =>
      new Promise<string>((resolve, reject) => calls.push({ resolve, reject, json }));
    const store = createDesignStore({ document: DOCUMENT, design: exampleDesign(), rev: 1 });
    const autosave = createAutosave(store, 1, { ok: true }, deflate);
    stops.push(autosave.start(() => undefined));
    const settle = () => vi.advanceTimersByTimeAsync(0);
    return {
      store,
      autosave,
      calls,
      done: async () => {
        const call = calls.shift()!;
        call.resolve(deflateStateJson(call.json));
        await settle();
      },
      fail: async () => {
        calls.shift()!.reject(new Error('worker gone'));
        await settle();
      },
    };
  }

  /** The tab with the large design edited in and its pause over: the worker is deflating it. */
  function savingLarge() {
    const tab = tabWithWorker();
    tab.store.getState().setDesign(() => large);
    pause();
    return tab;
  }

  it('is deflated on the worker and written once that is done', async () => {
    const tab = savingLarge();
    expect(tab.calls).toHaveLength(1);
    expect(stored()).toBeUndefined();
    await tab.done();
    expect(stored()).toMatchObject({ rev: 2, design: large });
  });

  it('drops a deflate that an edit overtook, and writes the newer design', async () => {
    const tab = savingLarge();
    const newer = edit(large);
    tab.store.getState().setDesign(() => newer);
    await tab.done();
    expect(stored()).toBeUndefined();
    pause();
    await tab.done();
    expect(stored()).toMatchObject({ rev: 2, design: newer });
  });

  it('deflates in place when the worker fails, so nothing goes unsaved', async () => {
    const tab = savingLarge();
    await tab.fail();
    expect(stored()).toMatchObject({ rev: 2, design: large });
  });

  it('is written at once when the tab hides while the worker deflates, and only once', async () => {
    const tab = savingLarge();
    // What hiding the tab does (onHidden): the write cannot wait for the worker.
    tab.autosave.flush();
    expect(stored()).toMatchObject({ rev: 2, design: large });
    await tab.done();
    expect(stored()).toMatchObject({ rev: 2 });
  });
});
