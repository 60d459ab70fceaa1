import { nodePools } from '../../design/resources';
import type { Design, NodePoolResource } from '../../design/types';
import { capacityOf } from '../../karpenter/catalog/allocatable';
import type { InstanceCatalog, InstanceType } from '../../karpenter/catalog/instanceType';
import { nodeClassSettings } from '../../karpenter/catalog/nodeClassSettings';
import { formatAmount, parseQuantity } from '../../lib/quantity';
import { poolInstanceTypes } from '../poolInstanceTypes';
import type { Problem } from '../problem';

/** An amount as a limit is written: `16`, `1500m`, `64Gi`. */
interface Exclusion {
  key: string;
  limit: number;
  /** The allowed types whose capacity of `key` is above the limit. */
  excluded: InstanceType[];
}

/**
 * NodePool limits against the capacity of the types the pool could launch. Karpenter drops every
 * type whose capacity (not allocatable) exceeds what is left of a limit, and with none left
 * refuses with "all available instance types exceed limits for nodepool"; `nodes: 0` refuses
 * with "node limits have been exhausted for nodepool" (core `scheduler.go ::
 * addToNewNodeClaim, filterByRemainingResources`, spec 1.11). Two findings, on the empty pool:
 * - `limits-unreachable`: even with no node running, every allowed type exceeds a limit, so
 *   the pool can launch nothing;
 * - `limits-exclude-largest`: the limit stops below one node of the largest allowed types and
 *   shuts out at least half of the types the pool allows, so those are never launched. Below
 *   half it says nothing: a capped pool over c/m/r (limit 100 or 200 CPUs, types up to 384) is
 *   a sound design that only a pod too big for every smaller type would notice.
 * Capacity is the class's (capacityOf: maxPods, block devices, RAID0 change it).
 */
/** A finding with the pool's name still to be written in. */
interface Assessment {
  rule: string;
  key: string;
  message: (name: string) => string;
}

type Settings = ReturnType<typeof nodeClassSettings>;

/** Past this many distinct limits per types and settings, the shared judgements start afresh. */
const SHARED_LIMIT = 256;

/**
 * By the pool's types and class settings (shared objects while nothing changes, and shared by
 * pools that ask for the same types: a pool per team), then by its limits as written: a
 * hundred such pools are judged once.
 */
const assessed = new WeakMap<
  readonly InstanceType[],
  WeakMap<Settings, Map<string, Assessment | undefined>>
>();

export function unreachableLimits(design: Design, catalog?: InstanceCatalog): Problem[] {
  if (!catalog) return [];
  const problems: Problem[] = [];
  for (const pool of nodePools(design)) {
    const { limits, replicas } = pool.manifest.spec;
    if (!limits || replicas !== undefined) continue;
    const { types, nodeClass } = poolInstanceTypes(design, pool, catalog);
    if (types.length === 0) continue;
    const settings = nodeClassSettings(nodeClass?.manifest.spec);
    let bySettings = assessed.get(types);
    if (!bySettings) assessed.set(types, (bySettings = new WeakMap()));
    let byLimits = bySettings.get(settings);
    if (!byLimits) bySettings.set(settings, (byLimits = new Map<string, Assessment | undefined>()));
    const key = JSON.stringify(limits);
    if (!byLimits.has(key)) {
      // Every limit typed while editing is a new key: start afresh now and then.
      if (byLimits.size >= SHARED_LIMIT) byLimits.clear();
      byLimits.set(key, assess(limits, types, settings));
    }
    const found = byLimits.get(key);
    if (found) problems.push(problemOf(pool, found));
  }
  return problems;
}

/** Per pool, its problem while the pool and its assessment are the same: the same object. */
const written = new WeakMap<NodePoolResource, { found: Assessment; problem: Problem }>();

function problemOf(pool: NodePoolResource, found: Assessment): Problem {
  const known = written.get(pool);
  if (known?.found === found) return known.problem;
  const problem: Problem = {
    severity: 'warning',
    resourceId: pool.id,
    path: `spec.limits[${found.key}]`,
    message: found.message(pool.manifest.metadata.name),
    rule: found.rule,
  };
  written.set(pool, { found, problem });
  return problem;
}

function assess(
  limits: Readonly<Record<string, string | number>>,
  types: readonly InstanceType[],
  settings: Settings,
): Assessment | undefined {
  if (parseQuantity(limits.nodes) === 0) {
    return {
      rule: 'limits-unreachable',
      key: 'nodes',
      message: (name) =>
        `NodePool "${name}" has limits.nodes 0, so it can launch no node: Karpenter refuses with "node limits have been exhausted for nodepool". Raise limits.nodes, or remove it.`,
    };
  }
  const exclusions: Exclusion[] = [];
  for (const [key, text] of Object.entries(limits)) {
    const limit = parseQuantity(text);
    if (key === 'nodes' || limit === undefined) continue;
    const excluded = types.filter((t) => (capacityOf(t, settings)[key] ?? 0) > limit);
    if (excluded.length > 0) exclusions.push({ key, limit, excluded });
  }
  const everything = exclusions.find((e) => e.excluded.length === types.length);
  const out = new Set(exclusions.flatMap((e) => e.excluded));
  const capacity = (t: InstanceType, key: string) => capacityOf(t, settings)[key] ?? 0;
  if (everything || out.size === types.length) {
    const { key, limit } = everything ?? widest(exclusions);
    const smallest = types.reduce((a, b) => (capacity(b, key) < capacity(a, key) ? b : a));
    return {
      rule: 'limits-unreachable',
      key,
      message: (name) =>
        `NodePool "${name}" limits ${key} to ${formatAmount(key, limit)}, but every instance type it allows has more${everything ? '' : ' of some limited resource'}: the smallest, ${smallest.name}, has ${key} ${formatAmount(key, capacity(smallest, key))}. Karpenter counts a node's whole capacity against the limits and refuses with "all available instance types exceed limits for nodepool", so the pool launches nothing. Raise the limit above one node, or allow smaller instance types.`,
    };
  }
  if (exclusions.length === 0) return undefined;
  const { key, limit, excluded } = widest(exclusions);
  if (excluded.length * 2 < types.length) return undefined;
  const largest = excluded.reduce((a, b) => (capacity(b, key) > capacity(a, key) ? b : a));
  const count = excluded.length === 1 ? '1 instance type' : `${excluded.length} instance types`;
  return {
    rule: 'limits-exclude-largest',
    key,
    message: (name) =>
      `NodePool "${name}" limits ${key} to ${formatAmount(key, limit)}, less than one node of ${count} of the ${types.length} it allows, up to ${largest.name} (${key} ${formatAmount(key, capacity(largest, key))}): Karpenter never launches those, so a pod too big for the smaller types stays Pending with "all available instance types exceed limits for nodepool". Raise the limit to at least one node of the largest type you want, or leave those types out of the requirements.`,
  };
}

/** The limit that shuts out the most types. */
function widest(exclusions: readonly Exclusion[]): Exclusion {
  return exclusions.reduce((a, b) => (b.excluded.length > a.excluded.length ? b : a));
}
