import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { exampleDesign } from '../domain/design/example';
import { deleteResources } from '../domain/design/operations';
import * as checker from './checkerEngine';
import { checkedState, followDesign, type CheckedView } from './checkedDesign';
import type { DesignState } from './designState';
import { selectChecking, selectProblems } from './selectors';

/** A store with the fields the check reads, and paints the test makes happen one at a time. */
function setUp() {
  const store = createStore<DesignState>(
    () =>
      ({
        design: exampleDesign(),
        catalog: undefined,
        planner: undefined,
        checker,
      }) as unknown as DesignState,
  );
  const target = createStore<CheckedView>(() => ({ checked: undefined }));
  const paints: (() => void)[] = [];
  const stop = followDesign(
    store,
    (work) => {
      paints.push(work);
      return () => paints.splice(paints.indexOf(work), 1);
    },
    target,
  );
  const paint = () => paints.splice(0).forEach((work) => work());
  return { store, target, paint, stop, pending: () => paints.length };
}

describe('the checked design', () => {
  it('is unchecked until the first paint, so the problems list says it is checking', () => {
    const { target, paint } = setUp();
    expect(selectChecking(checkedState(target.getState()))).toBe(true);
    paint();
    expect(selectChecking(checkedState(target.getState()))).toBe(false);
  });

  it('follows an edit after the paint that shows it, and its problems with it', () => {
    const { store, target, paint } = setUp();
    paint();
    const before = checkedState(target.getState());
    expect(selectProblems(before).some((p) => p.rule === 'nodeclassref-dangling')).toBe(false);
    store.setState({ design: deleteResources(exampleDesign(), ['nc-gpu-al2023']) });
    expect(checkedState(target.getState())).toBe(before);
    paint();
    const after = checkedState(target.getState());
    expect(after.design).toBe(store.getState().design);
    expect(selectProblems(after).some((p) => p.rule === 'nodeclassref-dangling')).toBe(true);
  });

  it('checks a burst of edits once, with the last of them', () => {
    const { store, target, paint, pending } = setUp();
    paint();
    let seen = 0;
    target.subscribe(() => seen++);
    for (const id of ['np-batch', 'np-general', 'np-gpu-spot'])
      store.setState({ design: deleteResources(store.getState().design, [id]) });
    expect(pending()).toBe(1);
    paint();
    expect(seen).toBe(1);
    expect(checkedState(target.getState()).design).toBe(store.getState().design);
  });

  it('stops following when told, a check already asked for included', () => {
    const { store, target, paint, stop, pending } = setUp();
    paint();
    const checked = target.getState().checked;
    store.setState({ design: deleteResources(exampleDesign(), ['np-batch']) });
    stop();
    expect(pending()).toBe(0);
    store.setState({ design: exampleDesign() });
    paint();
    expect(target.getState().checked).toBe(checked);
  });
});
