/**
 * NodeOverlays that tell Karpenter what a MIG node will offer. Karpenter's scheduling simulation
 * only knows the resources of instance types, and MIG devices are not among them: a pod asking
 * for `nvidia.com/mig-1g.10gb` stays pending with "no instance type satisfied resources"
 * (NOTES.md 4.4). A NodeOverlay (karpenter.sh/v1alpha1, feature gate NodeOverlay) adds that
 * capacity to the instance types that match its requirements; scoping it by
 * `karpenter.sh/nodepool` keeps it on the MIG pool only.
 */
import { isObject } from '../lib/isObject';
import type { MigProfileResource } from './migProfile';
import type { NodeSelectorRequirement } from '../karpenter/model/types';
import { nodeCapacity } from './capacity';
import type { MigDevices } from './placement';
import { poolGpus } from './poolGpus';

export const NODE_OVERLAY_API_VERSION = 'karpenter.sh/v1alpha1';
export const NODEPOOL_LABEL = 'karpenter.sh/nodepool';
const INSTANCE_TYPE = 'node.kubernetes.io/instance-type';

export interface NodeOverlay {
  apiVersion: typeof NODE_OVERLAY_API_VERSION;
  kind: 'NodeOverlay';
  metadata: { name: string };
  spec: {
    requirements: NodeSelectorRequirement[];
    capacity: Record<string, string>;
  };
}

/** Overlays make sense for the mixed strategy: single advertises `nvidia.com/gpu`, which Karpenter already counts. */
export function wantsNodeOverlays(
  profile: Pick<MigProfileResource, 'nodeOverlay' | 'strategy'>,
): boolean {
  return profile.nodeOverlay && profile.strategy === 'mixed';
}

/**
 * One overlay per instance type the pool can launch with the profile's GPU: capacity is per
 * node, and a p5.4xlarge (one H100) yields an eighth of a p5.48xlarge.
 */
export function nodeOverlaysFor(
  poolName: string,
  requirements: readonly NodeSelectorRequirement[],
  profile: Pick<MigProfileResource, 'gpu' | 'strategy'>,
  devices: MigDevices | null,
): NodeOverlay[] {
  if (!devices) return [];
  return poolGpus(requirements)
    .types.filter((t) => t.gpu === profile.gpu)
    .flatMap((t) => {
      const capacity = nodeCapacity(devices, t.gpus, profile.strategy);
      if (Object.keys(capacity).length === 0) return [];
      return [
        {
          apiVersion: NODE_OVERLAY_API_VERSION,
          kind: 'NodeOverlay' as const,
          metadata: { name: `${poolName}-${t.name}` },
          spec: {
            requirements: [
              { key: NODEPOOL_LABEL, operator: 'In' as const, values: [poolName] },
              { key: INSTANCE_TYPE, operator: 'In' as const, values: [t.name] },
            ],
            capacity: Object.fromEntries(
              Object.entries(capacity).map(([name, count]) => [name, String(count)]),
            ),
          },
        },
      ];
    });
}

/**
 * The pool a NodeOverlay was made for, when it is one of ours: scoped to one pool and one
 * instance type, adding only MIG resources. Anything else is the user's and is kept as written.
 */
export function migOverlayPool(doc: unknown): string | undefined {
  if (!isObject(doc) || doc['kind'] !== 'NodeOverlay') return undefined;
  if (doc['apiVersion'] !== NODE_OVERLAY_API_VERSION) return undefined;
  const spec = doc['spec'];
  if (!isObject(spec)) return undefined;
  const keys = Object.keys(spec).sort().join(',');
  if (keys !== 'capacity,requirements') return undefined;
  const { requirements, capacity } = spec;
  if (!Array.isArray(requirements) || requirements.length !== 2 || !isObject(capacity)) {
    return undefined;
  }
  const names = Object.keys(capacity);
  if (names.length === 0 || !names.every((n) => n.startsWith('nvidia.com/mig-'))) return undefined;
  const single = (key: string): string | undefined => {
    const r: unknown = requirements.find((x) => isObject(x) && x['key'] === key);
    if (!isObject(r) || r['operator'] !== 'In' || !Array.isArray(r['values'])) return undefined;
    const [value, ...rest] = r['values'] as unknown[];
    return typeof value === 'string' && rest.length === 0 ? value : undefined;
  };
  return single(INSTANCE_TYPE) ? single(NODEPOOL_LABEL) : undefined;
}
