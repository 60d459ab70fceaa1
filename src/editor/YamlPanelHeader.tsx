import { describeYamlStats, type YamlStats } from './yamlStats';

/** The line above the YAML, shared by the panel and its loading stand-in. */
export function YamlPanelHeader({ note, stats }: { note: string; stats: YamlStats }) {
  return (
    <header className="yaml-panel__header">
      <span className="yaml-panel__note">{note}</span>
      <span className="yaml-panel__stats">{describeYamlStats(stats)}</span>
    </header>
  );
}
