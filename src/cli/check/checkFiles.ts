import { nodePools, resourceById, resourceName } from '../../domain/design/resources';
import type { Resource } from '../../domain/design/types';
import type { InstanceCatalog } from '../../domain/karpenter/catalog/instanceType';
import type { Problem } from '../../domain/validation/problem';
import { positionOfPathIn } from '../../domain/yaml/parse/locatePath';
import { byPlace, type Finding } from '../finding';
import type { InputFile } from '../inputFile';
import { designProblems } from './designProblems';
import {
  columnOf,
  designOfFiles,
  type FileMessage,
  type FilesDesign,
  type Origin,
} from './designOfFiles';
import { ignoredRules } from './ignoreComments';
import { resourceNode } from './resourceNode';

export interface CheckResult {
  /** Every file read, in the order given. */
  files: string[];
  findings: Finding[];
}

/** Rule ids for what the import itself says about a file, which no validation rule owns. */
function importRule(text: string, conversionLabels: readonly string[]): string {
  if (text.startsWith('YAML error:')) return 'yaml-syntax';
  if (text.includes('levels deep') || text.includes('nests deeper')) return 'too-deep';
  if (text.startsWith('This file')) return 'unreadable';
  if (conversionLabels.some((label) => text.startsWith(label))) return 'conversion';
  return 'import';
}

function importFinding({ file, message }: FileMessage, labels: readonly string[]): Finding[] {
  // Infos say what was kept or dropped on the way into the app: nothing to fix in a manifest.
  if (message.severity === 'info') return [];
  return [
    {
      file,
      line: message.line ?? 1,
      column: columnOf(message),
      severity: message.severity,
      rule: importRule(message.text, labels),
      resource: null,
      message: message.text,
    },
  ];
}

/** A problem's resource as the API server names it: a workload by its controller kind. */
function identity(resource: Resource): { kind: string; name: string } {
  if (resource.kind === 'MigProfile') return { kind: 'MigProfile', name: resource.name };
  return { kind: resource.manifest.kind, name: resourceName(resource) };
}

/**
 * Where a resource was written. A MIG profile has no document of its own: it is read from the
 * pools that select it, so its problems go to the first of them.
 */
function writtenAt(
  read: FilesDesign,
  resource: Resource,
): { origin: Origin; at: Resource } | undefined {
  const at =
    resource.kind === 'MigProfile'
      ? nodePools(read.design).find((p) => p.migProfileId === resource.id)
      : resource;
  const origin = at && read.origins.get(at.id);
  return at && origin ? { origin, at } : undefined;
}

function problemFinding(read: FilesDesign, problem: Problem): Finding[] {
  const resource = resourceById(read.design, problem.resourceId);
  const written = resource && writtenAt(read, resource);
  if (!resource || !written) return [];
  const { origin, at } = written;
  const parsed = read.parsedOf(origin.file);
  const found = parsed && resourceNode(parsed, origin.line, identity(at));
  if (found && ignoredRules(found).has(problem.rule)) return [];
  // A converted manifest's paths are v1's, not those of the document as written.
  const path = at === resource && !origin.converted ? problem.path : '';
  const { line, col } =
    parsed && found
      ? positionOfPathIn(found.node, found.doc.range[0], parsed.lineCounter, path)
      : { line: origin.line, col: 1 };
  return [
    {
      file: origin.file,
      line,
      column: col,
      severity: problem.severity,
      rule: problem.rule,
      resource: identity(resource),
      message: problem.message,
    },
  ];
}

function olderApiFindings(read: FilesDesign): Finding[] {
  return read.conversions.flatMap((c) => {
    const kind = c.from.split(' ').pop() ?? c.from;
    const parsed = read.parsedOf(c.file);
    const found = parsed && resourceNode(parsed, c.line, { kind, name: c.name });
    if (found && ignoredRules(found).has('older-api')) return [];
    const { line, col } =
      parsed && found
        ? positionOfPathIn(found.node, found.doc.range[0], parsed.lineCounter, 'apiVersion')
        : { line: c.line, col: 1 };
    return [
      {
        file: c.file,
        line,
        column: col,
        severity: 'error' as const,
        rule: 'older-api',
        resource: { kind, name: c.name },
        message: `${c.from} "${c.name}" is an older Karpenter API, which Karpenter v1.1 and later no longer serve: \`nodepool-designer convert\` turns it into v1 (${c.changes.length} change${c.changes.length === 1 ? '' : 's'}). It is checked here as converted.`,
      },
    ];
  });
}

/**
 * `check`: every file read into one design with the app's import, the app's problems found in it
 * with the instance catalog (validation, and the workloads that would stay pending), each placed
 * at the field it names. Findings a rule id in
 * `ignore`, or a `nodepool-designer-ignore` comment on their resource, silences are left out.
 */
export function checkFiles(
  files: readonly InputFile[],
  catalog: InstanceCatalog,
  ignore: ReadonlySet<string> = new Set(),
): CheckResult {
  const read = designOfFiles(files);
  const labels = read.conversions.map((c) => `${c.from} "${c.name}": `);
  const findings = [
    ...read.messages.flatMap((m) => importFinding(m, labels)),
    ...olderApiFindings(read),
    ...designProblems(read.design, catalog).flatMap((p) => problemFinding(read, p)),
  ].filter((f) => !ignore.has(f.rule));
  const order = files.map((f) => f.path);
  return { files: order, findings: findings.sort(byPlace(order)) };
}
