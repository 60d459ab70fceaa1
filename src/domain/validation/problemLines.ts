import type { Problem } from './problem';
import { ownValue } from '../lib/ownValue';
import { lineOfPath, lineOfPathIn } from '../yaml/parse/locatePath';
import type { TextDocument } from '../yaml/parse/parseYamlText';
import type { ExportEntry } from '../yaml/export/manifests';
import { manifestToYaml, sourceText, type YamlExport } from '../yaml/export/toYaml';

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
    const range = ownValue(yaml.ranges, problem.resourceId);
    if (!text || !range) continue;
    const inDocument = lineOfPath(text(), problem.path);
    lines.push({ problem, line: range.startLine + inDocument - 1 });
  }
  return lines;
}

/**
 * Where each problem sits in text the user is typing, which may order, space or comment its
 * documents differently from the export: each resource's document is found by kind and name
 * (duplicates in turn) among the documents already parsed to apply the text, then the path
 * inside it. A resource whose document is not in the text (being renamed, say) gets no marker
 * rather than one on some other document's line.
 */
export function problemLinesInText(
  entries: readonly ExportEntry[],
  documents: readonly TextDocument[],
  problems: readonly Problem[],
): ProblemLine[] {
  const byIdentity = new Map<string, TextDocument[]>();
  for (const document of documents) {
    const kind = document.doc.get('kind');
    const name = document.doc.getIn(['metadata', 'name']);
    if (typeof kind !== 'string' || typeof name !== 'string') continue;
    const key = `${kind}/${name}`;
    byIdentity.set(key, [...(byIdentity.get(key) ?? []), document]);
  }
  const docOf = new Map<string, TextDocument>();
  for (const entry of entries) {
    if (!('manifest' in entry)) continue;
    const doc = byIdentity.get(`${entry.manifest.kind}/${entry.manifest.metadata.name}`)?.shift();
    if (doc) docOf.set(entry.resourceId, doc);
  }
  return problems.flatMap((problem) => {
    const found = docOf.get(problem.resourceId);
    if (!found) return [];
    const { doc, lineCounter, shift } = found;
    return [{ problem, line: shift + lineOfPathIn(doc, lineCounter, problem.path) }];
  });
}
