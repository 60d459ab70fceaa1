import { plural } from '../domain/lib/plural';
import type { YamlExport } from '../domain/yaml/export/toYaml';

export interface YamlStats {
  documents: number;
  /** Lines of YAML, not counting the empty one an editor shows after the final newline. */
  lines: number;
}

/**
 * Counted once per export: the panel's header renders again for other reasons (the workloads
 * toggle), and a 1,000-resource text is 1.2 MB to scan.
 */
const counted = new WeakMap<YamlExport, YamlStats>();

export function yamlStats(exported: YamlExport): YamlStats {
  const known = counted.get(exported);
  if (known) return known;
  const { text, ranges } = exported;
  let lines = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  if (text.length > 0 && !text.endsWith('\n')) lines++;
  const stats = { documents: Object.keys(ranges).length, lines };
  counted.set(exported, stats);
  return stats;
}

export function describeYamlStats({ documents, lines }: YamlStats): string {
  return `${plural(documents, 'document')} · ${plural(lines, 'line')}`;
}
