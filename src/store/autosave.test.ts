import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowserStorage } from '../../test/support/fakeBrowserStorage';
import { exampleDesign } from '../domain/design/example';
import { readStoredDesign, storedDesignJson } from '../domain/design/storedDesign';
import { EMPTY_DESIGN, type Design } from '../domain/design/types';
import { createAutosave } from './autosave';
import { designKey } from './designStorage';
import { createDesignStore } from './designStore';

const DOCUMENT = { id: 'mine', name: 'Mine' };
let storage: ReturnType<typeof fakeBrowserStorage>;
const stops: (() => void)[] = [];

beforeEach(() => {
  storage = fakeBrowserStorage();
  vi.useFakeTimers();
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** A tab with the design stored at revision 1, its autosave started. */
function openTab(save: () => void = () => undefined) {
  storage.local.setItem(
    designKey(DOCUMENT.id),
    storedDesignJson({ document: DOCUMENT, design: exampleDesign(), rev: 1 }),
  );
  const store = createDesignStore({ document: DOCUMENT, design: exampleDesign(), rev: 1 });
  const autosave = createAutosave(store, 1);
  stops.push(autosave.start(save));
  return { store, autosave };
}

/** An edit as the user makes one: a new design object. */
const edit = (design: Design): Design => ({ ...design, resources: { ...design.resources } });
const stored = () => {
  const raw = storage.local.getItem(designKey(DOCUMENT.id));
  return raw === null ? undefined : readStoredDesign(raw, DOCUMENT);
};
const texts = (tab: ReturnType<typeof openTab>) => tab.store.getState().notices.map((n) => n.text);

describe('autosave', () => {
  it('writes a burst of edits once, a moment after the last', () => {
    const tab = openTab();
    for (let i = 0; i < 5; i++) tab.store.getState().setDesign(edit);
    expect(stored()).toMatchObject({ rev: 1 });
    vi.advanceTimersByTime(250);
    expect(stored()).toMatchObject({ rev: 2, design: tab.store.getState().design });
  });

  it('keeps a refused edit in the tab, says so once, and says when saving works again', () => {
    const save = vi.fn();
    const tab = openTab(save);
    storage.refuseWrites();
    tab.store.getState().setDesign(edit);
    const edited = tab.store.getState().design;
    expect(tab.autosave.flush()).toBe(false);
    tab.store.getState().setDesign(edit);
    expect(tab.autosave.flush()).toBe(false);
    expect(tab.store.getState().design).not.toBe(edited);
    expect(texts(tab).filter((t) => t.includes('would not save'))).toHaveLength(1);
    tab.store.getState().notices.at(-1)?.actions?.[0]?.run();
    expect(save).toHaveBeenCalledOnce();
    storage.refuseWrites(false);
    expect(tab.autosave.flush()).toBe(true);
    expect(stored()).toMatchObject({ rev: 2, design: tab.store.getState().design });
    expect(texts(tab)).toEqual(['Your changes are saved in this browser again.']);
  });

  it('does not write over newer work another tab stored, and asks', () => {
    const tab = openTab();
    tab.store.getState().setDesign(edit);
    const theirs = storedDesignJson({ document: DOCUMENT, design: EMPTY_DESIGN, rev: 5 });
    storage.otherTab(designKey(DOCUMENT.id), theirs);
    expect(tab.autosave.flush()).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(storage.local.getItem(designKey(DOCUMENT.id))).toBe(theirs);
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

  it('keeps the state of two stores apart', () => {
    const first = openTab();
    const second = createAutosave(
      createDesignStore({ document: { id: 'b', name: 'B' }, design: EMPTY_DESIGN, rev: 0 }),
      0,
    );
    storage.refuseWrites();
    first.store.getState().setDesign(edit);
    expect(first.autosave.flush()).toBe(false);
    expect(second.flush()).toBe(true);
  });
});
