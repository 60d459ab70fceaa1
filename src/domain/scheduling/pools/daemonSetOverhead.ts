import type { Requirements } from '../../karpenter/requirements/requirements';
import { compatibleError, intersectsError } from '../../karpenter/requirements/requirements';
import type { Taint } from '../../karpenter/model/types';
import type { ResourceList } from '../../karpenter/catalog/resources';
import { addResources } from '../../karpenter/catalog/resources';
import { untoleratedTaint } from '../pods/tolerations';
import type { HostPort } from '../pods/hostPorts';
import type { Toleration } from '../pods/workload';

/** A DaemonSet's pod as the scheduler counts it (spec 1.12). */
export interface PreparedDaemonSet {
  name: string;
  requests: ResourceList;
  hostPorts: readonly HostPort[];
  tolerations: readonly Toleration[];
  /**
   * Strict requirements (no preferences) per required node-affinity term, in order; one entry
   * when the pod has no terms. Karpenter tries each term in turn (scheduler.go :: isDaemonPodCompatible).
   */
  terms: readonly Requirements[];
}

/** DaemonSet pods ignore PreferNoSchedule: Karpenter adds the toleration before checking. */
const PREFER_NO_SCHEDULE: Toleration = { operator: 'Exists', effect: 'PreferNoSchedule' };

/** The DaemonSets that run on nodes of this pool at all: they tolerate its taints. */
export function daemonSetsTolerating(
  daemonSets: readonly PreparedDaemonSet[],
  taints: readonly Taint[],
): PreparedDaemonSet[] {
  return daemonSets.filter(
    (ds) => untoleratedTaint(taints, [...ds.tolerations, PREFER_NO_SCHEDULE]) === undefined,
  );
}

/**
 * Whether the DaemonSet runs on this type in this pool: some required term is compatible with
 * the pool's requirements and intersects the type's (custom keys on the DaemonSet are ignored
 * against the type, as Karpenter uses Intersects there).
 */
function runsOn(ds: PreparedDaemonSet, pool: Requirements, type: Requirements): boolean {
  return ds.terms.some(
    (term) =>
      compatibleError(pool, term) === undefined && intersectsError(type, term) === undefined,
  );
}

export interface Overhead {
  requests: ResourceList;
  names: readonly string[];
  hostPorts: readonly HostPort[];
}

const NONE: Overhead = { requests: {}, names: [], hostPorts: [] };

/**
 * The DaemonSet overhead on one instance type of a pool, shared between types that get the
 * same set of DaemonSets (Karpenter's DaemonOverheadGroup), so a design with 20 pools and
 * 1,363 types builds a handful of sums.
 */
export function overheadFor(
  daemonSets: readonly PreparedDaemonSet[],
  pool: Requirements,
  type: Requirements,
  groups: Map<string, Overhead>,
): Overhead {
  if (daemonSets.length === 0) return NONE;
  const running = daemonSets.filter((ds) => runsOn(ds, pool, type));
  const key = running.map((ds) => ds.name).join('\n');
  let found = groups.get(key);
  if (!found) {
    found = {
      requests: running.reduce<ResourceList>((sum, ds) => addResources(sum, ds.requests), {}),
      names: running.map((ds) => ds.name),
      hostPorts: running.flatMap((ds) => ds.hostPorts),
    };
    groups.set(key, found);
  }
  return found;
}
