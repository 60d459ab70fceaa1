import { describe, expect, it } from 'vitest';
import { designOf } from '../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../test/fixtures/nodePoolBuilders';
import { CATALOG } from '../../test/support/instanceCatalog';
import { createDesignStore } from './designStore';
import { loadCatalogInto } from './instanceCatalog';
import { selectProblems } from './selectors';
import { selectProblemLines } from './yamlSelectors';
import * as checker from './checkerEngine';
import * as planner from './plannerEngine';

/** A pool whose requirements no instance type meets: only the catalog can tell. */
const design = designOf(
  poolWith('gpu', [
    requirement('kubernetes.io/arch', 'In', 'arm64'),
    requirement('karpenter.k8s.aws/instance-family', 'In', 'g5'),
  ]),
);

/** A store as the app has it once the rules' chunk is in, before the catalog's. */
function fresh() {
  const store = createDesignStore({ document: { id: 'd1', name: 'Mine' }, design, rev: 0 });
  store.getState().setChecker(checker);
  return store;
}

const rules = (store: ReturnType<typeof fresh>) =>
  selectProblems(store.getState()).map((p) => p.rule);

describe('the instance catalog in the store', () => {
  it('makes the problems that need it appear once it is set', () => {
    const store = fresh();
    expect(store.getState().catalog).toBeUndefined();
    expect(rules(store)).not.toContain('requirements-no-instance');
    store.getState().setCatalog(CATALOG, planner);
    expect(rules(store)).toContain('requirements-no-instance');
    expect(selectProblemLines(store.getState()).map((l) => l.problem.rule)).toContain(
      'requirements-no-instance',
    );
  });

  it('is session state: setting it is no undo step', () => {
    const store = fresh();
    store.getState().setCatalog(CATALOG, planner);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('derives problems once per design and catalog', () => {
    const store = fresh();
    store.getState().setCatalog(CATALOG, planner);
    expect(selectProblems(store.getState())).toBe(selectProblems(store.getState()));
  });

  it('is loaded from its chunk into the store', async () => {
    const store = fresh();
    await loadCatalogInto(store);
    expect(store.getState().catalog?.types).toHaveLength(CATALOG.types.length);
    expect(rules(store)).toContain('requirements-no-instance');
  });
});
