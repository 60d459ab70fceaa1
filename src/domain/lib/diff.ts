import { diffArrays } from 'diff';

/**
 * The one diff of the code base: Myers' algorithm from the `diff` package, behind the two shapes
 * its users need. The conversion preview and the YAML panel diff lines; patchDocument aligns
 * list items and lines.
 */

export interface DiffRun<T> {
  kind: 'same' | 'added' | 'removed';
  /** The items of `before` for `same` and `removed` runs, of `after` for `added` ones. */
  items: T[];
}

/** Past this many differing items the diff gives up (see `diffLists`). */
const MAX_EDIT_LENGTH = 10_000;

/**
 * The runs that turn `before` into `after`, keeping a longest common subsequence; where items
 * change, the removed run comes before the added one. Undefined when the lists differ in more
 * than `maxEdits` items, so a caller can take a coarser answer instead of a slow one.
 */
export function diffLists<T>(
  before: readonly T[],
  after: readonly T[],
  maxEdits = MAX_EDIT_LENGTH,
): DiffRun<T>[] | undefined {
  const changes = diffArrays([...before], [...after], { maxEditLength: maxEdits });
  return changes?.map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    items: change.value,
  }));
}

/**
 * Index pairs [i, j] of a longest common subsequence of two lists of lengths `n` and `m`, where
 * `same(i, j)` tells whether item i of the first may stand for item j of the second. Empty when
 * the lists differ too much to align (see `diffLists`).
 */
export function commonPairs(
  n: number,
  m: number,
  same: (i: number, j: number) => boolean,
): [number, number][] {
  const indexes = (length: number) => Array.from({ length }, (_, k) => k);
  const changes = diffArrays(indexes(n), indexes(m), {
    comparator: same,
    maxEditLength: MAX_EDIT_LENGTH,
  });
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  for (const change of changes ?? []) {
    if (change.added) j += change.count;
    else if (change.removed) i += change.count;
    else for (let k = 0; k < change.count; k++) pairs.push([i++, j++]);
  }
  return pairs;
}
