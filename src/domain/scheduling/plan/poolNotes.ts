import { addResources, fits } from '../../karpenter/catalog/resources';
import { formatAmount } from '../../lib/quantity';
import type { PoolTemplate } from '../pools/poolTemplate';
import type { PlannedNode } from './plannedNode';

/**
 * The pool's DaemonSets leave no room for even one more pod on any type it allows: Karpenter
 * keeps the pool (its pre-filter ignores DaemonSets) but every pod is refused with "no instance
 * type has enough resources". Names the largest type and what the DaemonSets take there.
 */
function daemonSetsCrowdOut(template: PoolTemplate): string | undefined {
  const onePod = { pods: 1 };
  if (template.options.some((o) => fits(addResources(o.daemonOverhead, onePod), o.allocatable))) {
    return undefined;
  }
  const size = (o: (typeof template.options)[number]) => [
    o.allocatable['cpu'] ?? 0,
    o.allocatable['memory'] ?? 0,
  ];
  const largest = template.options.reduce((a, b) => {
    const [ca = 0, ma = 0] = size(a);
    const [cb = 0, mb = 0] = size(b);
    return cb > ca || (cb === ca && mb > ma) ? b : a;
  });
  const used = Object.keys(largest.daemonOverhead)
    .filter((r) => (largest.daemonOverhead[r] ?? 0) > (largest.allocatable[r] ?? 0) || r === 'pods')
    .map(
      (r) =>
        `${formatAmount(r, largest.daemonOverhead[r] ?? 0)} of ${formatAmount(r, largest.allocatable[r] ?? 0)} ${r}`,
    )
    .join(', ');
  return `The DaemonSets (${largest.daemonSets.join(', ')}) leave no room for a pod on any type this pool allows: on the largest, ${largest.type.name}, they take ${used}. Allow larger types, or keep those DaemonSets off this pool.`;
}

/** What the plan of one pool cannot promise (spec 2.6, 3.3, 7). */
export function poolNotes(
  template: PoolTemplate,
  nodes: readonly PlannedNode[],
): { text: string; uncertain: boolean }[] {
  const notes: { text: string; uncertain: boolean }[] = [];
  const crowded = daemonSetsCrowdOut(template);
  if (crowded) notes.push({ text: crowded, uncertain: false });
  if (template.limits?.['nodes'] !== undefined) {
    notes.push({
      text: 'Karpenter does not count the nodes it launches in one batch against limits.nodes (instance types have no "nodes" capacity), so a burst can overrun it until the nodes register.',
      uncertain: true,
    });
  }
  if (template.overlayReplaced.length > 0) {
    notes.push({
      text: `A NodeOverlay sets ${template.overlayReplaced.join(', ')}, which some instance types already have: Karpenter's code replaces the type's value, though the API says overlays only add extended resources.`,
      uncertain: true,
    });
  }
  const unpriced = [
    ...new Set(nodes.filter((n) => n.pricePerHour === undefined).map((n) => n.instanceType)),
  ];
  if (unpriced.length > 0) {
    notes.push({
      text: `${unpriced.join(', ')} ${unpriced.length === 1 ? 'has' : 'have'} no price in Karpenter's static us-east-1 table; Karpenter cannot launch a type without a price until its pricing API supplies one.`,
      uncertain: true,
    });
  }
  if (nodes.some((n) => n.capacityType === 'spot')) {
    notes.push({
      text: 'Spot prices vary by zone and hour; the prices shown are on-demand, the ceiling. EC2 picks among the candidate types (price-capacity-optimized), so the type shown is the likely one.',
      uncertain: false,
    });
  }
  return notes;
}
