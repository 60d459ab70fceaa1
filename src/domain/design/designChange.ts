import type { Design } from './types';

/**
 * How many resources differ between two designs (added, removed or replaced), counted up to
 * `cap + 1` and no further: an edit replaces the resources it changes and keeps the rest as the
 * same objects, so identity tells an edit of one field from an import or an undo of a thousand
 * without reading either. A change of the other kinds' documents counts as one.
 */
export function changedResourceCount(before: Design, after: Design, cap: number): number {
  if (before === after) return 0;
  let changed = before.others === after.others ? 0 : 1;
  const was = before.resources;
  const now = after.resources;
  if (was === now) return changed;
  let inBoth = 0;
  for (const id of Object.keys(now)) {
    if (Object.hasOwn(was, id)) {
      inBoth++;
      if (was[id] === now[id]) continue;
    }
    if (++changed > cap) return changed;
  }
  const removed = Object.keys(was).length - inBoth;
  return Math.min(changed + removed, cap + 1);
}
