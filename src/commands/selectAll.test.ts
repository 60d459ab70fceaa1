import { beforeEach, describe, expect, it } from 'vitest';
import { designOf, nodeClass, nodePool } from '../../test/fixtures/fixtures';
import { fakePlatform } from '../../test/support/fakePlatform';
import { exampleDesign } from '../domain/design/example';
import { useDesignStore } from '../store/designStore';
import { selectReferences } from '../store/selectors';
import { deleteSelection } from './deleteSelection';
import { commandEnabled, createRunner } from './run';
import { selectAll } from './selectAll';
import { zoomToSelection } from './zoomToSelection';

const run = createRunner(fakePlatform().platform);
const history = () => useDesignStore.temporal.getState();

/** `classes` classes and `pools` pools dealt round them: a large import. */
function largeDesign(classes: number, pools: number) {
  return designOf(
    ...Array.from({ length: classes }, (_, i) => nodeClass(`c${i}`)),
    ...Array.from({ length: pools }, (_, i) => nodePool(`p${i}`, `c${i % classes}`)),
  );
}

beforeEach(() => {
  useDesignStore.getState().leaveShared();
  useDesignStore.setState({
    design: exampleDesign(),
    selection: [],
    selectedEdges: [],
    dialogs: [],
  });
  history().clear();
});

describe('select all', () => {
  it('selects every resource and every reference between them', () => {
    run(selectAll, undefined, 'key');
    const state = useDesignStore.getState();
    expect([...state.selection].sort()).toEqual(Object.keys(state.design.resources).sort());
    const references = selectReferences(state).map((r) => r.id);
    expect(references.length).toBeGreaterThan(0);
    expect([...state.selectedEdges].sort()).toEqual(references.sort());
  });

  it('is no edit: nothing to undo, and a shared design can be selected too', () => {
    run(selectAll, undefined, 'key');
    expect(history().pastStates).toHaveLength(0);
    useDesignStore.getState().openShared(exampleDesign());
    run(selectAll, undefined, 'key');
    expect(useDesignStore.getState().selection.length).toBeGreaterThan(0);
  });

  it('leaves Ctrl+A to an open dialog and does nothing on an empty canvas', () => {
    const state = () => useDesignStore.getState();
    useDesignStore.setState({ dialogs: [{ kind: 'shortcuts' }] });
    expect(commandEnabled(selectAll, state(), history())).toBe(false);
    useDesignStore.setState({ dialogs: [], design: designOf() });
    expect(commandEnabled(selectAll, state(), history())).toBe(false);
  });

  it('then Delete clears a 1,000-resource design in one undo step, and one undo brings it back', () => {
    const design = largeDesign(100, 900);
    useDesignStore.setState({ design });
    history().clear();
    run(selectAll, undefined, 'key');
    run(deleteSelection, undefined, 'key');
    expect(useDesignStore.getState().design.resources).toEqual({});
    expect(history().pastStates).toHaveLength(1);
    history().undo();
    expect(useDesignStore.getState().design).toEqual(design);
  });
});

describe('zoom to selection', () => {
  it('fits the view to the selected resources, or to all of them when none is', () => {
    const asked: string[][] = [];
    const stop = useDesignStore.getState().listen('focus', ({ ids }) => asked.push(ids));
    try {
      const all = Object.keys(useDesignStore.getState().design.resources);
      run(zoomToSelection, undefined, 'key');
      useDesignStore.getState().select([all[1]!]);
      run(zoomToSelection, undefined, 'key');
      expect(asked).toEqual([all, [all[1]]]);
    } finally {
      stop();
    }
  });
});
