import { useEffect, useRef } from 'react';
import type { ResourceId } from '../domain/design/types';
import { useDesignStore } from '../store/designStore';
import { selectProblemLines, selectYaml } from '../store/selectors';
import { YamlPanelHeader } from './YamlPanelHeader';
import { createYamlViewer } from './yamlViewer';
import { yamlStats } from './yamlStats';
import './editor.css';

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
    viewer.mark(onlyOne(initial.selection), 'nearTop');
    viewer.setProblems(selectProblemLines(initial));
    const unsubscribe = useDesignStore.subscribe((state, previous) => {
      // Compare designs, not exports: selectYaml remembers one design, so asking it about the
      // previous one would recompute both every time.
      if (state.design !== previous.design) {
        viewer.show(selectYaml(state));
        viewer.setProblems(selectProblemLines(state));
      }
      if (state.reveal && state.reveal !== previous.reveal) {
        const { resourceId, path } = state.reveal;
        viewer.mark(resourceId, path === undefined ? 'nearTop' : undefined);
        const line =
          path === undefined
            ? undefined
            : selectProblemLines(state).find(
                (l) => l.problem.resourceId === resourceId && l.problem.path === path,
              )?.line;
        if (line !== undefined) viewer.revealLine(line);
      } else if (state.selection !== previous.selection) {
        viewer.mark(onlyOne(state.selection), 'ifHidden');
      }
    });
    return () => {
      unsubscribe();
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
      <YamlPanelHeader note="Read-only — edit in the canvas and inspector" stats={stats} />
      <div className="yaml-panel__editor" ref={host} />
    </section>
  );
}
