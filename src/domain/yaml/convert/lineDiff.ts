/**
 * A line diff for the conversion preview. No diff library is installed, and manifests are a few
 * hundred lines at most, so a longest-common-subsequence table is plenty: the common head and
 * tail are trimmed first, and only the lines between them fill the table.
 */

export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Beyond this many table cells (a few MB) the middle is shown as removed then added. */
const MAX_CELLS = 4_000_000;

function linesOf(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

export function diffLines(before: string, after: string): DiffLine[] {
  const a = linesOf(before);
  const b = linesOf(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++;
  }
  const same = (text: string): DiffLine => ({ kind: 'same', text });
  const middle = middleDiff(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  return [...a.slice(0, head).map(same), ...middle, ...a.slice(a.length - tail).map(same)];
}

function middleDiff(a: string[], b: string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    return [
      ...a.map((text): DiffLine => ({ kind: 'removed', text })),
      ...b.map((text): DiffLine => ({ kind: 'added', text })),
    ];
  }
  // lcs[i * (m + 1) + j]: length of the LCS of a[i..] and b[j..].
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const left = a[i] ?? '';
    const right = b[j] ?? '';
    if (left === right) {
      out.push({ kind: 'same', text: left });
      i++;
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      out.push({ kind: 'removed', text: left });
      i++;
    } else {
      out.push({ kind: 'added', text: right });
      j++;
    }
  }
  for (; i < n; i++) out.push({ kind: 'removed', text: a[i] ?? '' });
  for (; j < m; j++) out.push({ kind: 'added', text: b[j] ?? '' });
  return out;
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
