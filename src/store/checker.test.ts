import { describe, expect, it } from 'vitest';
import { designOf, nodePool } from '../../test/fixtures/fixtures';
import { loadCheckerInto } from './checker';
import { createDesignStore } from './designStore';
import { selectChecking, selectProblems } from './selectors';

/** A pool whose EC2NodeClass is missing: an error the rules find without the catalog. */
const design = designOf(nodePool('a', 'missing'));
const fresh = () => createDesignStore({ document: { id: 'd1', name: 'Mine' }, design, rev: 0 });

describe('the validation rules in the store', () => {
  it('are still being checked, not "no problems", until their chunk arrives', () => {
    const store = fresh();
    expect(selectChecking(store.getState())).toBe(true);
    expect(selectProblems(store.getState())).toEqual([]);
  });

  it('find the design’s problems once loaded from their chunk, without an edit', async () => {
    const store = fresh();
    await loadCheckerInto(store);
    expect(selectChecking(store.getState())).toBe(false);
    expect(selectProblems(store.getState()).some((p) => p.severity === 'error')).toBe(true);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});
