import type { RunCommand } from '../commands/run';
import { applyPanelText } from '../commands/yamlPanelEdits';
import { changedResourceCount } from '../domain/design/designChange';
import type { ResourceId } from '../domain/design/types';
import type { DesignExport } from '../domain/yaml/export/exportDesign';
import type { ProblemLine } from '../domain/validation/problemLines';
import { readYamlText } from '../domain/yaml/import/readYamlText';
import type { TextDocument } from '../domain/yaml/parse/parseYamlText';
import type { TextError } from '../domain/yaml/parse/textError';
import { afterNextPaint, type AfterPaint } from '../store/afterNextPaint';
import { checkedState, checkedStore } from '../store/checkedDesign';
import { useDesignStore } from '../store/designStore';
import { selectProblemLines, selectProblemLinesInText, selectYaml } from '../store/yamlSelectors';
import type { YamlViewer } from './yamlViewer';
import { WORKLOADS_SECTION_TITLE, workloadsSectionLine } from './workloadsSection';

/**
 * Coalesces a burst of keys (an auto-repeat, a fast typist) into one update while the canvas
 * still follows within a frame or two: applying one keystroke at 100 documents takes ~2 ms
 * (BENCHMARKS.md), so the pause is the whole budget.
 */
export const TYPING_PAUSE_MS = 40;

/**
 * Edits of at most this many resources show in the panel in the edit's own frame: exporting
 * them rewrites only their documents (a few ms at 1,000 resources), and waiting a paint put the
 * text a frame or two behind the inspector, with the problems' check between them. Larger
 * changes (an import, an undo of a delete-all) show a paint after the canvas.
 */
export const SAME_FRAME_RESOURCES = 10;

const NO_ERRORS: TextError[] = [];

const onlyOne = (ids: readonly ResourceId[]) => (ids.length === 1 ? ids[0] : undefined);

/** Runs work later; gives the function that cancels it. */
type Later = (work: () => void) => () => void;

export interface YamlPanelTiming {
  /** Runs what follows a large change, once the canvas showing it is painted. */
  afterPaint?: AfterPaint;
  /** Runs what follows a small edit before the edit's frame is drawn (after its own task's code). */
  inThisFrame?: Later;
  /** Told the design's export each time the panel catches up with the design (its header). */
  onDesignShown?: (exported: DesignExport) => void;
}

/** A microtask: after the edit's handlers and its store's listeners, before the frame. */
const beforeTheFrame: Later = (work) => {
  let cancelled = false;
  queueMicrotask(() => {
    if (!cancelled) work();
  });
  return () => {
    cancelled = true;
  };
};

/**
 * Keeps the YAML panel's editor and the design in step, driven straight from the store: a
 * keystroke in the inspector updates the text without React rendering anything. Typing flows
 * into the design after a pause, the text read once for both the design and the markers; the
 * text the user is writing is never rewritten under the cursor while the editor has focus (the
 * design's change is the echo of their own typing). It takes the designer's form (document
 * order, derived labels) when the user leaves the editor, unless it does not parse. Gives the
 * function that ends the session.
 */
export function startYamlPanelSession(
  viewer: YamlViewer,
  run: RunCommand,
  {
    afterPaint = afterNextPaint,
    inThisFrame = beforeTheFrame,
    onDesignShown = () => undefined,
  }: YamlPanelTiming = {},
): () => void {
  // Set while the editor holds text the user typed, which keeps its own order until blur: its
  // documents, as read to apply it.
  let typed: TextDocument[] | undefined;
  let errors: TextError[] = NO_ERRORS;
  // The problems of the design the panel shows: until they are checked (a paint after the edit,
  // checkedDesign.ts) its problem markers stay as they were, and the check paints them anew.
  let lines: ProblemLine[] = [];
  // What the editor's markers were last set from: setting the same again would only put them
  // back at lines that edits since may have moved (Monaco moves its markers with the text).
  let painted: { lines: ProblemLine[]; errors: TextError[] } | undefined;
  const paintMarkers = () => {
    const state = checkedState(checkedStore.getState());
    if (state.design === useDesignStore.getState().design) {
      lines =
        typed === undefined ? selectProblemLines(state) : selectProblemLinesInText(state, typed);
    }
    if (painted?.lines === lines && painted.errors === errors) return;
    painted = { lines, errors };
    viewer.setMarkers(lines, errors);
  };
  // The heading follows the design's text; while the user types, Monaco moves it with the lines.
  const showYaml = (exported: ReturnType<typeof selectYaml>) => {
    viewer.show(exported);
    viewer.setSectionHeading(workloadsSectionLine(exported), WORKLOADS_SECTION_TITLE);
  };
  const initial = useDesignStore.getState();
  viewer.setSectionHeading(workloadsSectionLine(selectYaml(initial)), WORKLOADS_SECTION_TITLE);
  onDesignShown(selectYaml(initial));
  viewer.mark(onlyOne(initial.selection), 'nearTop');
  viewer.setReadOnly(initial.viewing !== undefined);
  paintMarkers();

  let pending: ReturnType<typeof setTimeout> | undefined;
  let latest = '';
  const flush = () => {
    pending = undefined;
    const read = readYamlText(latest);
    typed = read.documents;
    // Refused (a shared design), the text changed nothing, and nothing in it is marked.
    errors = run(applyPanelText, { read }, 'panel') ? read.errors : NO_ERRORS;
    paintMarkers();
  };
  const flushPending = () => {
    if (!pending) return;
    clearTimeout(pending);
    flush();
  };
  viewer.onEdit((text) => {
    latest = text;
    if (pending) clearTimeout(pending);
    pending = setTimeout(flush, TYPING_PAUSE_MS);
  });
  viewer.onBlur(() => {
    flushPending();
    if (errors.length === 0) {
      typed = undefined;
      showYaml(selectYaml(useDesignStore.getState()));
      paintMarkers();
    }
  });

  let scheduled = false;
  let cancelShow = () => {};
  const showDesign = () => {
    scheduled = false;
    const exported = selectYaml(useDesignStore.getState());
    if (!viewer.hasFocus()) {
      errors = NO_ERRORS;
      typed = undefined;
      showYaml(exported);
    }
    paintMarkers();
    onDesignShown(exported);
  };
  const unsubscribe = useDesignStore.subscribe((state, previous) => {
    if (state.viewing !== previous.viewing) viewer.setReadOnly(state.viewing !== undefined);
    // Compare designs, not exports: selectYaml remembers one design, so asking it about the
    // previous one would recompute both every time.
    if (state.design !== previous.design && !scheduled) {
      scheduled = true;
      const changed = changedResourceCount(previous.design, state.design, SAME_FRAME_RESOURCES);
      cancelShow = (changed <= SAME_FRAME_RESOURCES ? inThisFrame : afterPaint)(showDesign);
    }
    if (state.selection !== previous.selection) viewer.mark(onlyOne(state.selection), 'ifHidden');
  });
  const stopReveal = useDesignStore.getState().listen('reveal', ({ resourceId, path }) => {
    viewer.mark(resourceId, path === undefined ? 'nearTop' : undefined);
    const line =
      path === undefined
        ? undefined
        : selectProblemLines(checkedState(checkedStore.getState())).find(
            (l) => l.problem.resourceId === resourceId && l.problem.path === path,
          )?.line;
    if (line !== undefined) viewer.revealLine(line);
  });
  const stopChecked = checkedStore.subscribe(paintMarkers);
  return () => {
    unsubscribe();
    stopChecked();
    stopReveal();
    cancelShow();
    flushPending();
  };
}
