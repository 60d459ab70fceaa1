import { diffLists } from '../../lib/diff';

/** A line diff for the conversion preview, on the code base's one diff (lib/diff). */
export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

function linesOf(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

export function diffLines(before: string, after: string): DiffLine[] {
  const a = linesOf(before);
  const b = linesOf(after);
  // Beyond the diff's edit limit, which manifests never reach, the preview shows all changed.
  const runs = diffLists(a, b) ?? [
    { kind: 'removed', items: a },
    { kind: 'added', items: b },
  ];
  return runs.flatMap(({ kind, items }) => items.map((text): DiffLine => ({ kind, text })));
}

const PREFIX = { same: ' ', added: '+', removed: '-' } as const;

/**
 * A unified diff (`@@ -a,b +c,d @@` hunks with `context` unchanged lines around each change), or
 * the empty string when nothing changed.
 */
export function unifiedDiff(before: string, after: string, context = 3): string {
  const lines = diffLines(before, after);
  const changed = lines.flatMap((line, index) => (line.kind === 'same' ? [] : [index]));
  if (changed.length === 0) return '';
  const hunks: [number, number][] = [];
  for (const index of changed) {
    const start = Math.max(0, index - context);
    const end = Math.min(lines.length, index + context + 1);
    const last = hunks.at(-1);
    if (last !== undefined && start <= last[1]) last[1] = end;
    else hunks.push([start, end]);
  }
  // 1-based line numbers in `before` and `after` at the start of each position in `lines`.
  const oldLine: number[] = [];
  const newLine: number[] = [];
  let o = 1;
  let n = 1;
  for (const line of lines) {
    oldLine.push(o);
    newLine.push(n);
    if (line.kind !== 'added') o++;
    if (line.kind !== 'removed') n++;
  }
  const out: string[] = ['--- before', '+++ after'];
  for (const [start, end] of hunks) {
    const slice = lines.slice(start, end);
    const oldCount = slice.filter((line) => line.kind !== 'added').length;
    const newCount = slice.filter((line) => line.kind !== 'removed').length;
    const oldStart = oldCount === 0 ? (oldLine[start] ?? 1) - 1 : (oldLine[start] ?? 1);
    const newStart = newCount === 0 ? (newLine[start] ?? 1) - 1 : (newLine[start] ?? 1);
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    for (const line of slice) out.push(`${PREFIX[line.kind]}${line.text}`);
  }
  return `${out.join('\n')}\n`;
}
