import { exportedPool } from '../../yaml/export/manifests';
import { nodePools } from '../../design/resources';
import type { Design, NodePoolResource } from '../../design/types';
import type { InstanceCatalog, InstanceType } from '../../karpenter/catalog/instanceType';
import { typesOnAnyOs } from '../../karpenter/catalog/typesOnOs';
import { describeTaint, repellingTaints } from '../../karpenter/model/poolTaints';
import { requirementEntries, typesMeeting, type RequirementEntry } from '../poolInstanceTypes';
import type { Problem } from '../problem';

/**
 * Two pools of equal weight that can launch the same instances for the same pods: "It is
 * recommended to create NodePools that are mutually exclusive ... If multiple NodePools are
 * matched, Karpenter will use the NodePool with the highest weight"
 * (https://karpenter.sh/docs/concepts/nodepools/). The EKS Best Practices guide says that with
 * equal weights "Karpenter will randomly choose which to use", but the code is not random: it
 * orders equal weights by name, descending ("z" before "a"; core `pkg/utils/nodepool/nodepool.go
 * :: OrderByWeight`, spec 1.4), so the pool last in the alphabet takes every pod both can take,
 * which a rename silently changes.
 *
 * Kept conservative, so every finding is real: two pools overlap when their weights are equal
 * (none counts as 0), their NoSchedule/NoExecute taints are the same (a pod that tolerates one
 * tolerates the other), and their requirements and template labels together still admit some
 * instance type of the catalog (a key only one pool constrains is open on the other). Static
 * pools (`replicas`) are not chosen for pending pods and are left out.
 */
export function overlappingPools(design: Design, catalog?: InstanceCatalog): Problem[] {
  if (!catalog) return [];
  const universe = typesOnAnyOs(catalog);
  const problems: Problem[] = [];
  for (const groups of buckets(design, universe).values()) {
    const linked = groups.map(() => [] as Group[]);
    groups.forEach((a, i) => {
      groups.slice(i + 1).forEach((b, j) => {
        if (!overlap(a.entries, b.entries, universe)) return;
        linked[i]?.push(b);
        linked[i + 1 + j]?.push(a);
      });
    });
    groups.forEach((group, i) => {
      const others = [group, ...(linked[i] ?? [])].flatMap((g) => g.pools);
      if (others.length < 2) return;
      const winner = others.reduce((a, b) => (nameOf(b) > nameOf(a) ? b : a));
      for (const pool of group.pools) {
        const named = others.slice(0, NAMED_PARTNERS + 1).filter((o) => o !== pool);
        problems.push(problem(pool, named.slice(0, NAMED_PARTNERS), others.length - 1, winner));
      }
    });
  }
  return problems;
}

const overlaps = new WeakMap<
  readonly InstanceType[],
  WeakMap<readonly RequirementEntry[], WeakMap<readonly RequirementEntry[], boolean>>
>();

/** Some type meets both pools' entries; remembered per pair of unedited pools. */
function overlap(
  a: readonly RequirementEntry[],
  b: readonly RequirementEntry[],
  universe: readonly InstanceType[],
): boolean {
  let byA = overlaps.get(universe);
  if (!byA) overlaps.set(universe, (byA = new WeakMap()));
  let byB = byA.get(a);
  if (!byB) byA.set(a, (byB = new WeakMap()));
  let answer = byB.get(b);
  if (answer === undefined) {
    answer = typesMeeting([...a, ...b], universe).length > 0;
    byB.set(b, answer);
  }
  return answer;
}

/** Pools with the same requirements, which overlap whenever they can launch anything at all. */
interface Group {
  entries: readonly RequirementEntry[];
  pools: NodePoolResource[];
}

function nameOf(pool: NodePoolResource): string {
  return pool.manifest.metadata.name;
}

/**
 * Pools that could overlap, by weight and taints, each bucket split into groups of identical
 * requirements: comparing groups instead of pools keeps a design of many alike pools linear.
 */
function buckets(design: Design, universe: readonly InstanceType[]): Map<string, Group[]> {
  const byBucket = new Map<string, Map<string, Group>>();
  for (const pool of nodePools(design)) {
    const { spec } = pool.manifest;
    if (spec.replicas !== undefined) continue;
    const entries = requirementEntries(exportedPool(design, pool));
    if (typesMeeting(entries, universe).length === 0) continue;
    const bucket = `${spec.weight ?? 0}|${taintSignature(design, pool)}`;
    const groups = byBucket.get(bucket) ?? new Map<string, Group>();
    const key = requirementSignature(entries);
    const group = groups.get(key) ?? { entries, pools: [] };
    group.pools.push(pool);
    groups.set(key, group);
    byBucket.set(bucket, groups);
  }
  return new Map([...byBucket].map(([bucket, groups]) => [bucket, [...groups.values()]]));
}

const NAMED_PARTNERS = 3;

function problem(
  pool: NodePoolResource,
  partners: readonly NodePoolResource[],
  count: number,
  winner: NodePoolResource,
): Problem {
  const named = partners.map((o) => `"${o.manifest.metadata.name}"`);
  const rest = count - named.length;
  const names = rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
  const weight = pool.manifest.spec.weight;
  return {
    severity: 'warning',
    resourceId: pool.id,
    path: 'spec.weight',
    message: `NodePool "${nameOf(pool)}" can take the same pods as NodePool ${names}: ${weight === undefined ? 'neither has a weight' : `both have weight ${weight}`}, their requirements overlap and no taint sets them apart. "${nameOf(winner)}" wins: same weight, and Karpenter breaks ties by name in reverse order, so ${winner === pool ? `it takes every pod both can take` : `"${nameOf(pool)}" gets only the pods "${nameOf(winner)}" cannot take`}, and renaming a pool changes that. Give the pool you prefer a higher spec.weight, or make them exclusive with a taint or disjoint requirements.`,
    rule: 'nodepools-overlap',
  };
}

function taintSignature(design: Design, pool: NodePoolResource): string {
  return repellingTaints(exportedPool(design, pool)).map(describeTaint).sort().join(',');
}

const signatures = new WeakMap<readonly RequirementEntry[], string>();

function requirementSignature(entries: readonly RequirementEntry[]): string {
  let signature = signatures.get(entries);
  if (signature === undefined) {
    signature = entries
      .map(({ source: r }) => `${r.key} ${r.operator} ${[...(r.values ?? [])].sort().join(',')}`)
      .sort()
      .join('\n');
    signatures.set(entries, signature);
  }
  return signature;
}
