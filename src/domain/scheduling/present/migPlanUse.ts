import type { Design } from '../../design/types';
import { migResourceName } from '../../mig/capacity';
import { resolveLayout } from '../../mig/migLayout';
import type { MigProfileResource } from '../../mig/migProfile';
import { layoutEntries } from '../../mig/placement';
import type { Plan } from '../plan/planTypes';

/** How much of one MIG device the plan uses on the busiest node of the profile's pools. */
export interface MigDeviceUse {
  /** The MIG profile as NVIDIA names it, `1g.10gb`. */
  device: string;
  /** Slices of it the pods on that node request, and how many the node offers. */
  used: number;
  offered: number;
  /** The same per GPU: what the slice bar (one GPU) marks. */
  usedPerGpu: number;
  perGpu: number;
  node: string;
  instanceType: string;
}

/**
 * What the planned workloads take of a MIG profile's slices, per device, on the node that uses
 * the most of it (the one a user sizing the layout cares about). Pods fill a node's GPUs one
 * after the other, so the per-GPU figure is the busiest GPU's: the used slices spread evenly,
 * rounded up. Empty when no planned pod asks for the profile's devices.
 */
export function migPlanUse(
  design: Design,
  plan: Plan,
  profile: MigProfileResource,
): MigDeviceUse[] {
  const resolved = resolveLayout(profile);
  if (!resolved.ok || !resolved.devices) return [];
  const pools = new Set(
    Object.values(design.resources).flatMap((r) =>
      r.kind === 'NodePool' && r.migProfileId === profile.id ? [r.id] : [],
    ),
  );
  const nodes = plan.nodes.filter((n) => pools.has(n.poolId));
  const entries = layoutEntries(resolved.devices);
  // With the single strategy every device is nvidia.com/gpu: only a one-device layout says which.
  const named = profile.strategy === 'mixed' || entries.length === 1 ? entries : [];
  return named.flatMap(([device, perGpu]) => {
    const resource = migResourceName(device, profile.strategy);
    let busiest: (typeof nodes)[number] | undefined;
    for (const n of nodes) {
      if ((n.requests[resource] ?? 0) > (busiest?.requests[resource] ?? 0)) busiest = n;
    }
    const used = busiest?.requests[resource] ?? 0;
    const offered = busiest?.allocatable[resource] ?? 0;
    if (!busiest || used === 0 || offered === 0) return [];
    const gpus = Math.max(1, Math.round(offered / perGpu));
    return [
      {
        device,
        used,
        offered,
        usedPerGpu: Math.ceil(used / gpus),
        perGpu,
        node: busiest.id,
        instanceType: busiest.instanceType,
      },
    ];
  });
}

/** The sentence under the slice bar: "Used by the plan: 40 of 56 × 1g.10gb per node…". */
export function describeMigPlanUse(use: MigDeviceUse): string {
  return `Used by the plan: ${use.used} of ${use.offered} × ${use.device} on ${use.node} (${use.instanceType}), ${use.usedPerGpu} of ${use.perGpu} per GPU.`;
}
