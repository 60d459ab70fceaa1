import { isObject } from '../../lib/isObject';
import { sameData } from '../../lib/sameData';
import { longestMatches, walkMatches, type Gap } from './walkMatches';

/**
 * Fields that name an item of a Kubernetes list, so an edited item is told from a new one:
 * requirements and taints by `key`, most lists by `name`, blockDeviceMappings by `deviceName`.
 */
const ITEM_NAME_FIELDS = ['key', 'name', 'deviceName'] as const;

/**
 * For each item of `next`, the index of the source item it continues, or -1 for a new item.
 * Unchanged items are matched first (a longest common subsequence), then, between them, items
 * with the same name field (an edited requirement keeps its comment), then items by position
 * where the gap is the same length on both sides or the list has no name field.
 */
export function alignItems(values: unknown[], next: unknown[]): number[] {
  const partner = next.map(() => -1);
  const field = nameFieldOf(values, next);
  const nameOf = (item: unknown) => (field ? (item as Record<string, unknown>)[field] : undefined);
  const pair = (i: number, j: number) => (partner[j] = i);
  const byIndex: Gap = (i0, i1, j0, j1) => {
    if (field && i1 - i0 !== j1 - j0) return;
    for (let k = 0; k < Math.min(i1 - i0, j1 - j0); k++) pair(i0 + k, j0 + k);
  };
  const byName: Gap = (i0, i1, j0, j1) => {
    const sameName = longestMatches((i, j) => nameOf(values[i]) === nameOf(next[j]));
    walkMatches(i0, i1, j0, j1, sameName, pair, byIndex);
  };
  const sameValue = longestMatches((i, j) => sameData(values[i], next[j]));
  walkMatches(0, values.length, 0, next.length, sameValue, pair, field ? byName : byIndex);
  return partner;
}

function nameFieldOf(values: unknown[], next: unknown[]): string | undefined {
  const all = [...values, ...next];
  return ITEM_NAME_FIELDS.find((field) =>
    all.every((item) => {
      const name = isObject(item) ? item[field] : undefined;
      return typeof name === 'string' || typeof name === 'number';
    }),
  );
}
