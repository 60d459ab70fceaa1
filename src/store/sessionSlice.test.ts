import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../domain/design/example';
import { EMPTY_DESIGN } from '../domain/design/types';
import { createDesignStore } from './designStore';

const fresh = () =>
  createDesignStore({ document: { id: 'd1', name: 'Mine' }, design: exampleDesign(), rev: 0 });

describe('the session slice', () => {
  it('shows a shared design read-only and gives the own design back unchanged', () => {
    const store = fresh();
    const own = store.getState().design;
    store.getState().select(['x']);
    store.getState().openShared(EMPTY_DESIGN);
    expect(store.getState().design).toBe(EMPTY_DESIGN);
    expect(store.getState().selection).toEqual([]);
    store.getState().setDesign((d) => ({ ...d }));
    expect(store.getState().design).toBe(EMPTY_DESIGN);
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      'This shared design is read-only: choose "Make a copy" to change it.',
    ]);
    store.getState().leaveShared();
    expect(store.getState().design).toBe(own);
    expect(store.getState().viewing).toBeUndefined();
  });

  it('keeps the shared view out of the undo history', () => {
    const store = fresh();
    store.getState().openShared(EMPTY_DESIGN);
    store.getState().leaveShared();
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    store.getState().setDesign((d) => ({ ...d }));
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('keeps the first own design when a second link opens over the first', () => {
    const store = fresh();
    const own = store.getState().design;
    store.getState().openShared(exampleDesign());
    store.getState().openShared(EMPTY_DESIGN);
    expect(store.getState().viewing?.ownDesign).toBe(own);
  });

  it('selects resources and edges together', () => {
    const store = fresh();
    store.getState().select(['a'], ['e']);
    expect(store.getState().selection).toEqual(['a']);
    expect(store.getState().selectedEdges).toEqual(['e']);
    store.getState().select(['b']);
    expect(store.getState().selectedEdges).toEqual([]);
  });
});
