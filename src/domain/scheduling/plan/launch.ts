import type { ResourceList } from '../../karpenter/catalog/resources';
import { launchCapacityTypes } from '../pools/allows';
import { byPrice, type TypeOption } from '../pools/typeOption';
import type { Claim } from './claim';
import type { PlannedNode } from './plannedNode';

/** core scheduler.go :: Results.TruncateInstanceTypes / nodeclaimtemplate.go :: ToNodeClaim. */
export const MAX_NODECLAIM_TYPES = 600;
/** aws pkg/providers/instance/instance.go :: filterInstanceTypes (`maxInstanceTypes`). */
export const MAX_LAUNCH_TYPES = 60;

const EXOTIC_RESOURCES = [
  'nvidia.com/gpu',
  'amd.com/gpu',
  'aws.amazon.com/neuron',
  'habana.ai/gaudi',
];

/**
 * ExoticInstanceTypeFilter: GPU, accelerator and metal types are dropped from a launch unless
 * nothing else is left (or minValues is set), so a CPU pod never lands on a GPU box by price.
 */
function isExotic(option: TypeOption): boolean {
  return (
    option.type.size.includes('metal') ||
    EXOTIC_RESOURCES.some((r) => (option.capacity[r] ?? 0) > 0)
  );
}

function usage(total: ResourceList, allocatable: ResourceList): string {
  let binding = 'pods';
  let most = -1;
  for (const r in total) {
    const have = allocatable[r] ?? 0;
    const used = have > 0 ? (total[r] ?? 0) / have : 0;
    if (used > most) {
      most = used;
      binding = r;
    }
  }
  return binding;
}

/**
 * A claim's options keep its pool's order, cheapest first (buildPools), as narrowing only
 * filters them: checking that is linear, sorting a thousand options per node was not.
 */
function inPriceOrder(options: readonly TypeOption[]): boolean {
  for (let i = 1; i < options.length; i++)
    if (byPrice(options[i - 1]!, options[i]!) > 0) return false;
  return true;
}

/** The NodeClaim as it would launch (spec 3.2, 3.3). */
export function launch(claim: Claim, id: string, minValues: boolean): PlannedNode {
  const kept = inPriceOrder(claim.options)
    ? claim.options.slice(0, MAX_NODECLAIM_TYPES)
    : [...claim.options].sort(byPrice).slice(0, MAX_NODECLAIM_TYPES);
  const ordinary = kept.filter((o) => !isExotic(o));
  const launchable = (ordinary.length > 0 && !minValues ? ordinary : kept).slice(
    0,
    MAX_LAUNCH_TYPES,
  );
  const chosen = launchable[0]!;
  const capacityTypes = launchCapacityTypes(claim.requirements);
  const total: Record<string, number> = { ...claim.requests };
  for (const r in chosen.daemonOverhead)
    total[r] = (total[r] ?? 0) + (chosen.daemonOverhead[r] ?? 0);
  const pods = [...claim.perWorkload].map(([workload, count]) => ({ workload, count }));
  return {
    id,
    poolId: claim.template.resourceId,
    pool: claim.template.name,
    instanceTypes: kept.map((o) => o.type.name),
    instanceType: chosen.type.name,
    capacityType: capacityTypes.includes('spot') ? 'spot' : 'on-demand',
    instanceTypeCertain: !capacityTypes.includes('spot'),
    pricePerHour: chosen.price,
    pods,
    podCount: claim.pods,
    requests: { ...claim.requests },
    daemonOverhead: chosen.daemonOverhead,
    daemonSets: chosen.daemonSets,
    allocatable: chosen.allocatable,
    capacity: chosen.capacity,
    binding: usage(total, chosen.allocatable),
  };
}
