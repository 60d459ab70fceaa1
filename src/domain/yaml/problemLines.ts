import type { Problem } from '../validation/problem';
import { lineOfPath } from './locatePath';
import type { ExportEntry } from './manifests';
import { manifestToYaml, sourceText, type YamlExport } from './toYaml';

export interface ProblemLine {
  problem: Problem;
  /** 1-based line in the whole multi-document YAML. */
  line: number;
}

/**
 * Where each problem sits in the exported YAML, for editor markers. Problems of resources with
 * no document (MIG profiles) have no line and are left out.
 */
export function problemLines(
  entries: readonly ExportEntry[],
  yaml: YamlExport,
  problems: readonly Problem[],
): ProblemLine[] {
  const texts = new Map(
    entries.flatMap((e) =>
      'manifest' in e
        ? [
            [
              e.resourceId,
              () => (e.source ? sourceText(e.manifest, e.source) : manifestToYaml(e.manifest)),
            ] as const,
          ]
        : [],
    ),
  );
  const lines: ProblemLine[] = [];
  for (const problem of problems) {
    const text = texts.get(problem.resourceId);
    const range = yaml.ranges[problem.resourceId];
    if (!text || !range) continue;
    const inDocument = lineOfPath(text(), problem.path);
    lines.push({ problem, line: range.startLine + inDocument - 1 });
  }
  return lines;
}
