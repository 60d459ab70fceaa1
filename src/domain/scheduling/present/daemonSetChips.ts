import type { ResourceId } from '../../design/types';
import { formatAmount } from '../../lib/quantity';
import type { Plan } from '../plan/planTypes';

/** Requests in the order a platform engineer reads them; other resources after, by name. */
const FIRST = ['cpu', 'memory'];

function order(a: string, b: string): number {
  const i = FIRST.indexOf(a);
  const j = FIRST.indexOf(b);
  if (i !== -1 || j !== -1) return (i === -1 ? FIRST.length : i) - (j === -1 ? FIRST.length : j);
  return a < b ? -1 : a > b ? 1 : 0;
}

const known = new WeakMap<Plan, ReadonlyMap<ResourceId, string>>();

/**
 * Per NodePool whose nodes run DaemonSets, the chip its card shows: how many, and what they take
 * from each planned node before any pod fits (`DaemonSets: 2 · cpu 300m, memory 400Mi`). Where the
 * pool's planned node types differ in which DaemonSets they run, the largest overhead is shown as
 * "up to". A pool with no planned nodes says only how many.
 */
export function daemonSetChips(plan: Plan): ReadonlyMap<ResourceId, string> {
  const hit = known.get(plan);
  if (hit) return hit;
  const chips = new Map<ResourceId, string>();
  for (const pool of plan.pools) {
    const count = plan.daemonSets.filter((d) => d.pools.includes(pool.pool)).length;
    if (count === 0) continue;
    const most: Record<string, number> = {};
    let differ = false;
    let first: string | undefined;
    for (const node of plan.nodes) {
      if (node.poolId !== pool.poolId) continue;
      const signature = JSON.stringify(node.daemonOverhead);
      first ??= signature;
      if (signature !== first) differ = true;
      for (const [key, amount] of Object.entries(node.daemonOverhead)) {
        if (key !== 'pods' && amount > (most[key] ?? 0)) most[key] = amount;
      }
    }
    const amounts = Object.keys(most)
      .sort(order)
      .map((key) => `${key} ${formatAmount(key, most[key] ?? 0)}`);
    const overhead = amounts.length > 0 ? ` · ${differ ? 'up to ' : ''}${amounts.join(', ')}` : '';
    chips.set(pool.poolId, `DaemonSets: ${count}${overhead}`);
  }
  known.set(plan, chips);
  return chips;
}
