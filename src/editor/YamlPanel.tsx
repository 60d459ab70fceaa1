import { useDeferredValue, useEffect, useRef } from 'react';
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
  // The header's counts follow the text, which the session shows after the edit's frame is
  // painted: exporting in the edit's own render would put the whole YAML on every keystroke.
  const design = useDeferredValue(useDesignStore((state) => state.design));
  const yaml = selectYaml({ design });
  const stats = yamlStats(yaml);
  const includeWorkloads = useDesignStore((state) => state.includeWorkloads);
  const host = useRef<HTMLDivElement>(null);

  // Monaco is driven straight from the store, by the panel's session (yamlPanelSession.ts).
  useEffect(() => {
    const container = host.current;
    if (!container) return;
    const viewer = createYamlViewer(container, selectYaml(useDesignStore.getState()));
    const stop = startYamlPanelSession(viewer, runCommand);
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
