import type { Design, Resource } from './types';

let lastInfrastructure: { kept: readonly Resource[]; others: Design['others']; design: Design } = {
  kept: [],
  others: undefined,
  design: { resources: {} },
};

/**
 * The design without its workloads, the same object for as long as none of its pools, classes
 * and profiles change: the engine keeps the pools it built per design object, so editing a
 * workload re-plans without rebuilding 20 pools × 1,363 types, and validation keeps the
 * problems of rules that never read a workload.
 */
export function infrastructureOf(design: Design): Design {
  const kept = Object.values(design.resources).filter((r) => r.kind !== 'Workload');
  const last = lastInfrastructure;
  if (
    last.others === design.others &&
    last.kept.length === kept.length &&
    last.kept.every((r, i) => r === kept[i])
  )
    return last.design;
  const infrastructure: Design = {
    ...design,
    resources: Object.fromEntries(kept.map((r) => [r.id, r])),
  };
  lastInfrastructure = { kept, others: design.others, design: infrastructure };
  return infrastructure;
}
