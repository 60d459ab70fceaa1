import { commonPairs } from '../../lib/diff';

/** A run of unmatched items: [i0, i1) of the first list against [j0, j1) of the second. */
export type Gap = (i0: number, i1: number, j0: number, j1: number) => void;
/** Index pairs of a common subsequence of [i0, i1) and [j0, j1), in order. */
export type Matches = (i0: number, i1: number, j0: number, j1: number) => [number, number][];

/**
 * Calls `onMatch` for the pairs `matches` finds between [i0, i1) and [j0, j1), and `onGap` for
 * each run between them (possibly empty), in order.
 */
export function walkMatches(
  i0: number,
  i1: number,
  j0: number,
  j1: number,
  matches: Matches,
  onMatch: (i: number, j: number) => void,
  onGap: Gap,
): void {
  let i = i0;
  let j = j0;
  for (const [a, b] of matches(i0, i1, j0, j1)) {
    onGap(i, a, j, b);
    onMatch(a, b);
    i = a + 1;
    j = b + 1;
  }
  onGap(i, i1, j, j1);
}

/** A longest common subsequence of the items `same` pairs: the code base's one diff (lib/diff). */
export function longestMatches(same: (i: number, j: number) => boolean): Matches {
  return (i0, i1, j0, j1) =>
    commonPairs(i1 - i0, j1 - j0, (a, b) => same(i0 + a, j0 + b)).map(([a, b]) => [i0 + a, j0 + b]);
}
