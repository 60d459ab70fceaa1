import type { Problem } from './problem';
import { ownValue } from '../lib/ownValue';
import type { DocumentSource } from '../design/types';
import { lineOfPathIn, pathLines } from '../yaml/parse/locatePath';
import type { TextDocument } from '../yaml/parse/parseYamlText';
import type { ExportEntry } from '../yaml/export/manifests';
import { manifestToYaml, sourceText, type YamlExport } from '../yaml/export/toYaml';

export interface ProblemLine {
  problem: Problem;
  /** 1-based line in the whole multi-document YAML. */
  line: number;
}

/**
 * Each manifest's document, parsed for its lines once (while it is written from the same
 * source): the design's other manifests are the same objects after an edit, so an edit re-parses
 * only its own document. Re-parsing all of them took ~400 ms a keystroke at 1,000 resources.
 */
const parsed = new WeakMap<
  object,
  { source: DocumentSource | undefined; lineOf: (path: string) => number }
>();

function documentLines(manifest: object, source: DocumentSource | undefined) {
  const kept = parsed.get(manifest);
  if (kept && kept.source === source) return kept.lineOf;
  const lineOf = pathLines(source ? sourceText(manifest, source) : manifestToYaml(manifest));
  parsed.set(manifest, { source, lineOf });
  return lineOf;
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
  const documents = new Map(
    entries.flatMap((e) =>
      'manifest' in e ? [[e.resourceId, () => documentLines(e.manifest, e.source)] as const] : [],
    ),
  );
  const lines: ProblemLine[] = [];
  for (const problem of problems) {
    const lineOf = documents.get(problem.resourceId);
    const range = ownValue(yaml.ranges, problem.resourceId);
    if (!lineOf || !range) continue;
    const inDocument = lineOf()(problem.path);
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
