import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { EMPTY_DESIGN } from '../domain/design/types';
import { afterNextPaint, type AfterPaint } from './afterNextPaint';
import type { DesignState } from './designState';
import type { DesignAndCatalog } from './memoOnDesign';

/**
 * The design as its problems were last derived, one paint behind the store. An edit, an import
 * or an undo paints its cards, edges and fields in its own frame; the rules (and the plan's
 * warnings) run in the next task, and the badges, the Problems list, the messages at fields and
 * the YAML markers follow then, as an editor's diagnostics follow typing. Validating 1,000
 * resources took ~290 ms of an import's first paint and ~30 ms of every keystroke (BENCHMARKS.md).
 */
export interface CheckedView {
  /** What the problems views read; `undefined` until the first check after start. */
  checked: DesignAndCatalog | undefined;
}

export const checkedStore: StoreApi<CheckedView> = createStore<CheckedView>(() => ({
  checked: undefined,
}));

/** Before the first check there are no rules: every problems view says "checking". */
const UNCHECKED: DesignAndCatalog = {
  design: EMPTY_DESIGN,
  catalog: undefined,
  planner: undefined,
  checker: undefined,
};

const inputsOf = ({ design, catalog, planner, checker }: DesignAndCatalog): DesignAndCatalog => ({
  design,
  catalog,
  planner,
  checker,
});

const sameInputs = (a: DesignAndCatalog | undefined, b: DesignAndCatalog): boolean =>
  a !== undefined &&
  a.design === b.design &&
  a.catalog === b.catalog &&
  a.planner === b.planner &&
  a.checker === b.checker;

/**
 * Keeps `checked` following `store`: once after the first paint, then once after each paint that
 * showed a change of the design, the catalog, the engine or the rules (however many edits a
 * drag or a burst of typing made). Gives the function that stops it.
 */
export function followDesign(
  store: StoreApi<DesignState>,
  afterPaint: AfterPaint = afterNextPaint,
  target: StoreApi<CheckedView> = checkedStore,
): () => void {
  let scheduled = false;
  let cancel = () => {};
  const check = () => {
    scheduled = false;
    const now = store.getState();
    if (!sameInputs(target.getState().checked, now)) target.setState({ checked: inputsOf(now) });
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    cancel = afterPaint(check);
  };
  schedule();
  const unsubscribe = store.subscribe((state) => {
    if (!sameInputs(target.getState().checked, state)) schedule();
  });
  return () => {
    unsubscribe();
    cancel();
  };
}

/** The design as last checked, or a state with no rules yet (views then say "checking"). */
export const checkedState = (view: CheckedView): DesignAndCatalog => view.checked ?? UNCHECKED;

/** Reads a problems view (selectors.ts) from the checked design, re-rendering when it changes. */
export function useChecked<T>(selector: (state: DesignAndCatalog) => T): T {
  return useStore(checkedStore, (view) => selector(checkedState(view)));
}
