import { describe, expect, it, vi } from 'vitest';
import { exampleDesign } from '../domain/design/example';
import { createDesignStore } from './designStore';
import { dialogOf, type Dialog } from './dialogs';

const fresh = () =>
  createDesignStore({ document: { id: 'd1', name: 'Mine' }, design: exampleDesign(), rev: 0 });

const confirm: Extract<Dialog, { kind: 'confirm' }> = {
  kind: 'confirm',
  title: 'Delete?',
  body: 'Gone for good.',
  confirmLabel: 'Delete',
  onConfirm: () => undefined,
};

describe('the UI slice', () => {
  it('keeps a confirmation on top of the start screen and closes only what is asked', () => {
    const store = fresh();
    store.getState().openDialog({ kind: 'start' });
    store.getState().openDialog(confirm);
    expect(store.getState().dialogs.map((d) => d.kind)).toEqual(['start', 'confirm']);
    expect(dialogOf(store.getState().dialogs, 'confirm')?.title).toBe('Delete?');
    store.getState().closeDialog('confirm');
    expect(store.getState().dialogs.map((d) => d.kind)).toEqual(['start']);
  });

  it('holds one dialog of a kind: opening it again replaces it on top', () => {
    const store = fresh();
    store.getState().openDialog(confirm);
    store.getState().openDialog({ kind: 'picture' });
    store.getState().openDialog({ ...confirm, title: 'Export anyway?' });
    expect(store.getState().dialogs.map((d) => d.kind)).toEqual(['picture', 'confirm']);
    expect(dialogOf(store.getState().dialogs, 'confirm')?.title).toBe('Export anyway?');
    expect(dialogOf(store.getState().dialogs, 'shortcuts')).toBeUndefined();
  });

  it('says a keyed notice once, and takes it back by its key', () => {
    const store = fresh();
    store.getState().notify({ tone: 'error', text: 'full', key: 'autosave' });
    store.getState().notify({ tone: 'error', text: 'still full', key: 'autosave' });
    store.getState().notify({ tone: 'info', text: 'other' });
    expect(store.getState().notices.map((n) => n.text)).toEqual(['still full', 'other']);
    store.getState().dismissNotices('autosave');
    expect(store.getState().notices.map((n) => n.text)).toEqual(['other']);
  });

  it('never gives two notices the same id, even after a dismiss', () => {
    const store = fresh();
    store.getState().notify({ tone: 'info', text: 'a' });
    const [a] = store.getState().notices;
    if (!a) throw new Error('notified');
    store.getState().dismissNotice(a.id);
    store.getState().notify({ tone: 'info', text: 'b' });
    expect(store.getState().notices[0]?.id).not.toBe(a.id);
  });

  it('says the read-only notice once in a while, not on every refused edit', () => {
    vi.useFakeTimers();
    try {
      const store = fresh();
      store.getState().refuseReadOnly();
      store.getState().refuseReadOnly();
      expect(store.getState().notices).toHaveLength(1);
      vi.advanceTimersByTime(3000);
      store.getState().refuseReadOnly();
      expect(store.getState().notices).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows and hides the YAML panel and the learn panel', () => {
    const store = fresh();
    expect(store.getState().yamlOpen).toBe(true);
    store.getState().showYaml(false);
    expect(store.getState().yamlOpen).toBe(false);
    store.getState().showLearn('model:nodepool');
    expect(store.getState().learn).toBe('model:nodepool');
  });

  it('sends reveal and focus requests as events, every time they are asked', () => {
    const store = fresh();
    const revealed: unknown[] = [];
    const stop = store.getState().listen('reveal', (request) => revealed.push(request));
    store.getState().revealResource('a', 'spec.weight');
    store.getState().revealResource('a', 'spec.weight');
    store.getState().revealResource('b');
    stop();
    store.getState().revealResource('c');
    expect(revealed).toEqual([
      { resourceId: 'a', path: 'spec.weight' },
      { resourceId: 'a', path: 'spec.weight' },
      { resourceId: 'b' },
    ]);
    const focused: unknown[] = [];
    store.getState().listen('focus', (request) => focused.push(request));
    store.getState().focusResources(['a', 'b']);
    expect(focused).toEqual([{ ids: ['a', 'b'] }]);
  });
});
