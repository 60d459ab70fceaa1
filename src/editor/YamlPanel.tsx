import { startTransition, useEffect, useRef, useState } from 'react';
import { runCommand } from '../commands/run';
import { toggleIncludeWorkloads } from '../commands/toggleYaml';
import { useDesignStore } from '../store/designStore';
import { selectYaml } from '../store/yamlSelectors';
import { createYamlViewer } from './createYamlViewer';
import { YamlPanelHeader } from './YamlPanelHeader';
import { startYamlPanelSession } from './yamlPanelSession';
import { yamlStats } from './yamlStats';
import './editor.css';

/** The design as multi-document YAML in Monaco. Loaded lazily: Monaco stays out of the canvas bundle. */
export default function YamlPanel() {
  // The header follows the design's text as the session shows it, in a render of its own: read
  // from the store, the edit's render would ask for the export of the design before the edit
  // (the session already moved on), and counting lines of the whole text is not the edit's work.
  const [yaml, setYaml] = useState(() => selectYaml(useDesignStore.getState()));
  const stats = yamlStats(yaml);
  const includeWorkloads = useDesignStore((state) => state.includeWorkloads);
  const host = useRef<HTMLDivElement>(null);

  // Monaco is driven straight from the store, by the panel's session (yamlPanelSession.ts).
  useEffect(() => {
    const container = host.current;
    if (!container) return;
    const viewer = createYamlViewer(container, selectYaml(useDesignStore.getState()));
    const stop = startYamlPanelSession(viewer, runCommand, {
      onDesignShown: (exported) => startTransition(() => setYaml(exported)),
    });
    return () => {
      stop();
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
      <YamlPanelHeader note="Edit here or on the canvas: both stay in step" stats={stats}>
        {yaml.workloads > 0 ? (
          <label className="yaml-panel__include" title={toggleIncludeWorkloads.description}>
            <input
              type="checkbox"
              data-testid="include-workloads"
              checked={includeWorkloads}
              onChange={() => runCommand(toggleIncludeWorkloads, undefined, 'panel')}
            />
            Include workloads in Download and Copy
          </label>
        ) : null}
      </YamlPanelHeader>
      <div className="yaml-panel__editor" ref={host} />
    </section>
  );
}
