import { commonPairs } from '../../lib/diff';
import { heaviestMatches } from './heaviestMatches';
import { walkMatches, type Gap } from './walkMatches';

const indentOf = (line: string) => line.length - line.trimStart().length;
const isContent = (line: string | undefined) => line !== undefined && line.trim() !== '';
const isStructure = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');

/**
 * `patched` with every line that did not change since `normalised` (the untouched document as
 * yaml writes it) taken back from `source` as the user wrote it. New lines are shifted to the
 * indentation the source uses at their depth. Undefined when there is nothing to take back.
 */
export function keepSourceLines(
  source: string,
  normalised: string,
  patched: string,
): string | undefined {
  if (source === normalised) return undefined;
  // Without the final newline: its empty "line" would tie the last run of lines to the end.
  const linesOf = (text: string) => (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
  const sourceLines = linesOf(source);
  const before = linesOf(normalised);
  const after = linesOf(patched);
  const keptAt = before.map(() => -1);
  const same = (a: number, b: number) => before[a] === after[b];
  for (const [a, b] of commonPairs(before.length, after.length, same)) keptAt[a] = b;
  const lastKeptBefore = (a: number) => {
    for (let k = a - 1; k >= 0; k--) if ((keptAt[k] ?? -1) >= 0) return keptAt[k] ?? -1;
    return -1;
  };

  const out: string[] = [];
  // How far the source's indentation is from yaml's, by yaml's indentation; deeper levels reset.
  const shift = new Map<number, number>();
  const record = (indent: number, by: number) => {
    for (const level of shift.keys()) if (level > indent) shift.delete(level);
    shift.set(indent, by);
  };
  const shiftAt = (indent: number) => {
    let best = -1;
    for (const level of shift.keys()) if (level <= indent && level > best) best = level;
    return shift.get(best) ?? 0;
  };
  let b = 0;
  let pending: string[] = [];
  const writePatched = (to: number) => {
    for (; b < to; b++) {
      const line = after[b] ?? '';
      const by = isStructure(line) ? shiftAt(indentOf(line)) : 0;
      if (isStructure(line)) record(indentOf(line), by);
      out.push(by >= 0 ? ' '.repeat(by) + line : line.slice(Math.min(-by, indentOf(line))));
    }
  };
  const flushPending = () => {
    out.push(...pending);
    pending = [];
  };

  for (const group of alignedGroups(before, sourceLines)) {
    const { a0, a1, s0, s1 } = group;
    if (a0 === a1) {
      pending.push(...sourceLines.slice(s0, s1));
      continue;
    }
    const b0 = keptAt[a0] ?? -1;
    let whole = b0 >= b;
    for (let a = a0 + 1; whole && a < a1; a++) whole = keptAt[a] === b0 + (a - a0);
    if (!whole) {
      writePatched(Math.max(b, b0 >= 0 ? b0 : lastKeptBefore(a0) + 1));
      flushPending();
      continue;
    }
    writePatched(b0);
    flushPending();
    const taken = sourceLines.slice(s0, s1);
    const yamlLine = before[a0] ?? '';
    if (
      taken.length === 1 &&
      a1 - a0 === 1 &&
      isStructure(yamlLine) &&
      isStructure(taken[0] ?? '')
    ) {
      record(indentOf(yamlLine), indentOf(taken[0] ?? '') - indentOf(yamlLine));
    }
    out.push(...taken);
    b = b0 + (a1 - a0);
  }
  writePatched(after.length);
  flushPending();
  const finalNewline = source.endsWith('\n') || source.trim() === '';
  return out.join('\n') + (finalNewline ? '\n' : '');
}

/**
 * Every line as a number, the same for lines with the same key, so that the table compares numbers;
 * a line without a key (undefined) matches no other.
 */
function lineIds(lists: string[][], keyFor: (line: string) => string | undefined): number[][] {
  const ids = new Map<string, number>();
  let unmatched = -1;
  return lists.map((lines) =>
    lines.map((line) => {
      const key = keyFor(line);
      if (key === undefined) return unmatched--;
      const id = ids.get(key) ?? ids.size;
      ids.set(key, id);
      return id;
    }),
  );
}

function withoutBlankEnds(lines: string[], from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && !isContent(lines[start])) start++;
  while (end > start && !isContent(lines[end - 1])) end--;
  return [start, end];
}

interface Group {
  a0: number;
  a1: number;
  s0: number;
  s1: number;
}

/**
 * The lines of yaml's text and of the source, cut into corresponding groups: lines equal, or
 * equal but for spacing and case (`0x1F`, an aligned comment), one to one; whatever differs more
 * (a comment yaml moved off its key line, a folded scalar) run by run.
 */
function alignedGroups(yamlLines: string[], sourceLines: string[]): Group[] {
  const groups: Group[] = [];
  const one = (a: number, s: number) => groups.push({ a0: a, a1: a + 1, s0: s, s1: s + 1 });
  const push = (a0: number, a1: number, s0: number, s1: number) => {
    if (a1 > a0 || s1 > s0) groups.push({ a0, a1, s0, s1 });
  };
  // Blank lines at either end of a run go apart, so that lines added next to the run do not
  // split it (yaml often writes a trailing comment of the source onto the line before).
  const whole: Gap = (a0, a1, s0, s1) => {
    const [x0, x1] = withoutBlankEnds(yamlLines, a0, a1);
    const [y0, y1] = withoutBlankEnds(sourceLines, s0, s1);
    push(a0, x0, s0, y0);
    push(x0, x1, y0, y1);
    push(x1, a1, y1, s1);
  };
  // Blank lines never match: yaml drops and adds some, and matching the wrong one would pull the
  // lines around it out of step. They go with the run of lines they sit in.
  const lists = [yamlLines, sourceLines];
  const [yamlIds = [], sourceIds = []] = lineIds(lists, (line) =>
    isContent(line) ? line : undefined,
  );
  const [yamlLoose = [], sourceLoose = []] = lineIds(lists, (line) =>
    isContent(line) ? line.trim().replace(/\s+/g, ' ').toLowerCase() : undefined,
  );
  // Equal lines weigh more than lines equal but for spacing and case; two of those still outweigh
  // one equal line they would cross (`#` matching a ` #` above rather than the `#` below it).
  const score = (a: number, s: number) =>
    yamlIds[a] === sourceIds[s] ? 3 : yamlLoose[a] === sourceLoose[s] ? 2 : 0;
  walkMatches(0, yamlLines.length, 0, sourceLines.length, heaviestMatches(score, 3), one, whole);
  return groups;
}
