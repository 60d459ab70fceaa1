import { plural } from '../domain/lib/plural';
import type { YamlExport } from '../domain/yaml/export/toYaml';

export interface YamlStats {
  documents: number;
  /** Lines of YAML, not counting the empty one an editor shows after the final newline. */
  lines: number;
}

export function yamlStats({ text, ranges }: YamlExport): YamlStats {
  let lines = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  if (text.length > 0 && !text.endsWith('\n')) lines++;
  return { documents: Object.keys(ranges).length, lines };
}

export function describeYamlStats({ documents, lines }: YamlStats): string {
  return `${plural(documents, 'document')} · ${plural(lines, 'line')}`;
}
