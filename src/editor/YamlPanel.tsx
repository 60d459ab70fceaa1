import { useEffect, useRef } from 'react';
import type { ResourceId } from '../domain/design/types';
import { useDesignStore } from '../store/designStore';
import { runCommand } from '../commands/run';
import { applyPanelText } from '../commands/yamlPanelEdits';
import { readYamlText } from '../domain/yaml/import/readYamlText';
import type { TextDocument } from '../domain/yaml/parse/parseYamlText';
import type { TextError } from '../domain/yaml/parse/textError';
import { selectProblemLines, selectProblemLinesInText, selectYaml } from '../store/selectors';
import { YamlPanelHeader } from './YamlPanelHeader';
import { createYamlViewer } from './createYamlViewer';
import { yamlStats } from './yamlStats';
import './editor.css';

/**
 * Coalesces a burst of keys (an auto-repeat, a fast typist) into one update while the canvas
 * still follows within a frame or two: applying one keystroke at 100 documents takes ~2 ms
 * (BENCHMARKS.md), so the pause is the whole budget.
 */
const TYPING_PAUSE_MS = 40;

const onlyOne = (ids: readonly ResourceId[]) => (ids.length === 1 ? ids[0] : undefined);

/** The design as multi-document YAML in Monaco. Loaded lazily: Monaco stays out of the canvas bundle. */
export default function YamlPanel() {
  const yaml = useDesignStore(selectYaml);
  const stats = yamlStats(yaml);
  const host = useRef<HTMLDivElement>(null);

  // Monaco is driven straight from the store: a keystroke in the inspector updates the text
  // without React rendering anything but the header.
  useEffect(() => {
    const container = host.current;
    if (!container) return;
    const initial = useDesignStore.getState();
    const viewer = createYamlViewer(container, selectYaml(initial));
    let syntaxErrors: TextError[] = [];
    // Set while the editor holds text the user typed, which keeps its own order until blur: its
    // documents, as read to apply it.
    let typed: TextDocument[] | undefined;
    const paintProblems = () => {
      const state = useDesignStore.getState();
      const lines =
        typed === undefined ? selectProblemLines(state) : selectProblemLinesInText(state, typed);
      viewer.setMarkers(lines, syntaxErrors);
    };
    viewer.mark(onlyOne(initial.selection), 'nearTop');
    viewer.setReadOnly(initial.viewing !== undefined);
    paintProblems();

    // Typing flows into the design after a pause; the text the user is writing is never
    // rewritten under the cursor while the editor has focus. It takes the designer's form
    // (document order, derived labels) when the user leaves the editor.
    let pending: ReturnType<typeof setTimeout> | undefined;
    const flush = (text: string) => {
      pending = undefined;
      // Read once: what to apply, and where the markers go.
      const read = readYamlText(text);
      typed = read.documents;
      // Refused (a shared design), the text changed nothing, and nothing in it is marked.
      syntaxErrors = runCommand(applyPanelText, { read }, 'panel') ? read.errors : [];
      paintProblems();
    };
    let latest = '';
    viewer.onEdit((text) => {
      latest = text;
      if (pending) clearTimeout(pending);
      pending = setTimeout(() => flush(latest), TYPING_PAUSE_MS);
    });
    viewer.onBlur(() => {
      if (pending) {
        clearTimeout(pending);
        flush(latest);
      }
      if (syntaxErrors.length === 0) {
        typed = undefined;
        viewer.show(selectYaml(useDesignStore.getState()));
        paintProblems();
      }
    });

    const unsubscribe = useDesignStore.subscribe((state, previous) => {
      if (state.viewing !== previous.viewing) viewer.setReadOnly(state.viewing !== undefined);
      // Compare designs, not exports: selectYaml remembers one design, so asking it about the
      // previous one would recompute both every time.
      if (state.design !== previous.design) {
        if (!viewer.hasFocus()) {
          syntaxErrors = [];
          typed = undefined;
          viewer.show(selectYaml(state));
        }
        paintProblems();
      }
      if (state.selection !== previous.selection) {
        viewer.mark(onlyOne(state.selection), 'ifHidden');
      }
    });
    const stopReveal = useDesignStore.getState().listen('reveal', ({ resourceId, path }) => {
      viewer.mark(resourceId, path === undefined ? 'nearTop' : undefined);
      const line =
        path === undefined
          ? undefined
          : selectProblemLines(useDesignStore.getState()).find(
              (l) => l.problem.resourceId === resourceId && l.problem.path === path,
            )?.line;
      if (line !== undefined) viewer.revealLine(line);
    });
    return () => {
      unsubscribe();
      stopReveal();
      if (pending) {
        clearTimeout(pending);
        flush(latest);
      }
      viewer.dispose();
    };
  }, []);

  return (
    <section
      className="yaml-panel"
      data-testid="yaml-panel"
      data-document-count={stats.documents}
      data-line-count={stats.lines}
    >
      <YamlPanelHeader note="Edit here or on the canvas: both stay in step" stats={stats} />
      <div className="yaml-panel__editor" ref={host} />
    </section>
  );
}
