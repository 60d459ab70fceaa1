import type { ReactNode } from 'react';
import { describeYamlStats, type YamlStats } from './yamlStats';

/** The line above the YAML, shared by the panel and its loading stand-in. */
export function YamlPanelHeader({
  note,
  stats,
  children,
}: {
  note: string;
  stats: YamlStats;
  /** Controls of the loaded panel, between the note and the counts. */
  children?: ReactNode;
}) {
  return (
    <header className="yaml-panel__header">
      <span className="yaml-panel__note">{note}</span>
      {children}
      <span className="yaml-panel__stats">{describeYamlStats(stats)}</span>
    </header>
  );
}
