import type { Matches } from './walkMatches';

/**
 * Why a second alignment next to lib/diff: Myers' diff answers "equal or not", while lining up
 * yaml's lines with the user's weighs an equal line above one equal but for spacing and case, so
 * that two loose matches can outweigh one equal line they would cross. That is a heaviest common
 * subsequence, which takes a table.
 */

/** How well item i of one list matches item j of another: 0 for not at all. */
type Score = (i: number, j: number) => number;

/** Longest-common-subsequence tables beyond this many cells give way to a coarser answer. */
const MAX_TABLE_CELLS = 1_000_000;

/** The pairs of [i0, i1) and [j0, j1) with the largest total `score` (see `heaviestPairs`). */
export function heaviestMatches(score: Score, best: number): Matches {
  return (i0, i1, j0, j1) =>
    heaviestPairs(i1 - i0, j1 - j0, (a, b) => score(i0 + a, j0 + b), best).map(([a, b]) => [
      i0 + a,
      j0 + b,
    ]);
}

/**
 * Index pairs of a common subsequence of two lists of lengths `n` and `m` with the largest total
 * score. A head and tail that match with the `best` score are taken first; a middle too large
 * for a table stays unmatched.
 */
function heaviestPairs(n: number, m: number, score: Score, best: number): [number, number][] {
  let head = 0;
  while (head < n && head < m && score(head, head) >= best) head++;
  let tail = 0;
  while (tail < n - head && tail < m - head && score(n - 1 - tail, m - 1 - tail) >= best) tail++;
  const pairs: [number, number][] = [];
  for (let k = 0; k < head; k++) pairs.push([k, k]);
  const rows = n - head - tail;
  const cols = m - head - tail;
  if (rows > 0 && cols > 0 && rows * cols <= MAX_TABLE_CELLS) {
    const width = cols + 1;
    const scores = new Uint8Array(rows * cols);
    const total = new Uint32Array((rows + 1) * width);
    const at = (i: number, j: number) => total[i * width + j] ?? 0;
    for (let i = rows - 1; i >= 0; i--) {
      for (let j = cols - 1; j >= 0; j--) {
        const here = score(head + i, head + j);
        scores[i * cols + j] = here;
        const diagonal = here > 0 ? here + at(i + 1, j + 1) : 0;
        total[i * width + j] = Math.max(diagonal, at(i + 1, j), at(i, j + 1));
      }
    }
    let i = 0;
    let j = 0;
    while (i < rows && j < cols) {
      const here = scores[i * cols + j] ?? 0;
      if (here > 0 && at(i, j) === here + at(i + 1, j + 1)) {
        pairs.push([head + i, head + j]);
        i++;
        j++;
      } else if (at(i + 1, j) >= at(i, j + 1)) i++;
      else j++;
    }
  }
  for (let k = tail; k > 0; k--) pairs.push([n - k, m - k]);
  return pairs;
}
