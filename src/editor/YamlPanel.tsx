import { useEffect, useRef } from 'react';
import { runCommand } from '../commands/run';
import { useDesignStore } from '../store/designStore';
import { selectYaml } from '../store/selectors';
import { createYamlViewer } from './createYamlViewer';
import { YamlPanelHeader } from './YamlPanelHeader';
import { startYamlPanelSession } from './yamlPanelSession';
import { yamlStats } from './yamlStats';
import './editor.css';

/** The design as multi-document YAML in Monaco. Loaded lazily: Monaco stays out of the canvas bundle. */
export default function YamlPanel() {
  const yaml = useDesignStore(selectYaml);
  const stats = yamlStats(yaml);
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
      <YamlPanelHeader note="Edit here or on the canvas: both stay in step" stats={stats} />
      <div className="yaml-panel__editor" ref={host} />
    </section>
  );
}
