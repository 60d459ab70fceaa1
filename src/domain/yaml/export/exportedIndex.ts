/**
 * Where one item of a pool's own list (a requirement, a taint) sits in the list as exported, or
 * undefined when the export drops it. A MIG profile drops the requirements on its pinned keys and
 * the old MIG taints, then appends its own: the rows after a dropped one shift, so the API
 * server's problems at `requirements[i]` belong to another row of the form. The export keeps the
 * items it does not replace as they are, so an item is found by identity.
 */
export function exportedIndex<T extends object>(
  own: readonly T[],
  index: number,
  exported: readonly T[],
): number | undefined {
  const item = own[index];
  if (item === undefined) return undefined;
  const at = exported.indexOf(item);
  return at < 0 ? undefined : at;
}
