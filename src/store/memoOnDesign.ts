import type { Design } from '../domain/design/types';
import type { InstanceCatalog } from '../domain/karpenter/catalog/instanceType';
import type { Checker } from './checker';
import type { DesignState } from './designState';
import type { Planner } from './planner';

/** Derived views are functions of the design; each is memoised on the design's identity. */
export function memoOnDesign<T>(
  derive: (design: Design) => T,
): (state: Pick<DesignState, 'design'>) => T {
  let lastDesign: Design | undefined;
  let last: T;
  return (state) => {
    if (state.design !== lastDesign) {
      last = derive(state.design);
      lastDesign = state.design;
    }
    return last;
  };
}

export type DesignAndCatalog = Pick<DesignState, 'design' | 'catalog' | 'planner' | 'checker'>;

/**
 * The same for views that also read the instance catalog, the engine that arrives with it or the
 * validation rules: they derive again when those arrive, so problems and plans appear without an
 * edit.
 */
export function memoOnDesignAndCatalog<T>(
  derive: (state: DesignAndCatalog) => T,
): (state: DesignAndCatalog) => T {
  let lastDesign: Design | undefined;
  let lastCatalog: InstanceCatalog | undefined;
  let lastPlanner: Planner | undefined;
  let lastChecker: Checker | undefined;
  let last: T;
  return (state) => {
    if (
      state.design !== lastDesign ||
      state.catalog !== lastCatalog ||
      state.planner !== lastPlanner ||
      state.checker !== lastChecker
    ) {
      last = derive(state);
      lastDesign = state.design;
      lastCatalog = state.catalog;
      lastPlanner = state.planner;
      lastChecker = state.checker;
    }
    return last;
  };
}
