import type { PlannedNode } from '../plan/plannedNode';

/** Dollars an hour as the canvas shows them: two decimals, never "$0.00" for a real price. */
function dollars(perHour: number): string {
  if (perHour > 0 && perHour < 0.005) return '$0.01';
  return `$${perHour.toFixed(2)}`;
}

/** `2 × m7i.xlarge + 1 × m7i.2xlarge`: most common type first, then by name. */
function typeCounts(nodes: readonly PlannedNode[]): string {
  const counts = new Map<string, number>();
  for (const node of nodes) counts.set(node.instanceType, (counts.get(node.instanceType) ?? 0) + 1);
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .map(([type, count]) => `${count} × ${type}`)
    .join(' + ');
}

/**
 * What the placement edge says of the nodes a workload's pods land on in one pool:
 * `3 × m7i.xlarge · on-demand · ~$0.60/h`. Spot prices vary and the plan only knows the on-demand
 * price, which is what a spot node costs at most, so spot says `≤`.
 */
export function placementLabel(nodes: readonly PlannedNode[]): string {
  if (nodes.length === 0) return '';
  const spot = nodes.some((n) => n.capacityType === 'spot');
  const onDemand = nodes.some((n) => n.capacityType !== 'spot');
  const capacity = spot && onDemand ? 'spot + on-demand' : spot ? 'spot' : 'on-demand';
  const priced = nodes.filter((n) => n.pricePerHour !== undefined);
  const unpriced = nodes.length - priced.length;
  const sum = priced.reduce((total, n) => total + (n.pricePerHour ?? 0), 0);
  let price: string;
  if (priced.length === 0) price = 'price unknown';
  else {
    price = `${spot ? '≤ ' : '~'}${dollars(sum)}/h`;
    if (unpriced > 0) price += ` + ${unpriced} unpriced`;
  }
  return `${typeCounts(nodes)} · ${capacity} · ${price}`;
}
