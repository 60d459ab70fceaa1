import { useDeferredValue } from 'react';
import { useDesignStore } from '../store/designStore';
import { selectYaml } from '../store/yamlSelectors';
import { YamlPanelHeader } from './YamlPanelHeader';
import { yamlStats } from './yamlStats';
import './editor.css';

/** Shown while the Monaco chunk loads: the same frame, with the YAML already readable. */
export function YamlPanelFallback() {
  const design = useDeferredValue(useDesignStore((state) => state.design));
  const yaml = selectYaml({ design });
  return (
    <section className="yaml-panel" data-testid="yaml-panel-loading" aria-busy="true">
      <YamlPanelHeader note="Loading editor…" stats={yamlStats(yaml)} />
      <pre className="yaml-panel__plain">{yaml.text}</pre>
    </section>
  );
}
