import { exportedPool } from '../../yaml/export/manifests';
import { nodePools } from '../../design/resources';
import type { Design, NodePoolResource } from '../../design/types';
import { canMatchSomeInstance } from '../../karpenter/facts/instanceMatch';
import { constraintsOf, labelConstraints } from '../../karpenter/model/labelConstraints';
import { describeTaint, repellingTaints } from '../../karpenter/model/poolTaints';
import type { NodeSelectorRequirement } from '../../karpenter/model/types';
import type { Problem } from '../problem';

/**
 * Two pools of equal weight that can launch the same instances for the same pods make the
 * choice between them arbitrary: "It is recommended to create NodePools that are mutually
 * exclusive ... If multiple NodePools are matched, Karpenter will use the NodePool with the
 * highest weight" (https://karpenter.sh/docs/concepts/nodepools/), and with equal weights
 * "Karpenter will randomly choose which to use, causing unexpected results" (EKS Best Practices,
 * Karpenter, https://docs.aws.amazon.com/eks/latest/best-practices/karpenter.html).
 *
 * Kept conservative, so every finding is real: two pools overlap when their weights are equal
 * (none counts as 0), their NoSchedule/NoExecute taints are the same (a pod that tolerates one
 * tolerates the other), and their requirements together still allow some instance type (a key
 * only one pool constrains is open on the other). Static pools (`replicas`) are not chosen for
 * pending pods and are left out.
 */
export function overlappingPools(design: Design): Problem[] {
  const problems: Problem[] = [];
  for (const groups of buckets(design).values()) {
    const linked = groups.map(() => [] as Group[]);
    groups.forEach((a, i) => {
      groups.slice(i + 1).forEach((b, j) => {
        if (!canMatchSomeInstance(labelConstraints([...a.requirements, ...b.requirements]))) return;
        linked[i]?.push(b);
        linked[i + 1 + j]?.push(a);
      });
    });
    groups.forEach((group, i) => {
      const others = [group, ...(linked[i] ?? [])].flatMap((g) => g.pools);
      if (others.length < 2) return;
      for (const pool of group.pools) {
        const named = others.slice(0, NAMED_PARTNERS + 1).filter((o) => o !== pool);
        problems.push(problem(pool, named.slice(0, NAMED_PARTNERS), others.length - 1));
      }
    });
  }
  return problems;
}

/** Pools with the same requirements, which overlap whenever they can launch anything at all. */
interface Group {
  requirements: readonly NodeSelectorRequirement[];
  pools: NodePoolResource[];
}

/**
 * Pools that could overlap, by weight and taints, each bucket split into groups of identical
 * requirements: comparing groups instead of pools keeps a design of many alike pools linear.
 */
function buckets(design: Design): Map<string, Group[]> {
  const byBucket = new Map<string, Map<string, Group>>();
  for (const pool of nodePools(design)) {
    const { spec } = pool.manifest;
    if (spec.replicas !== undefined) continue;
    const { requirements } = spec.template.spec;
    if (!canMatchSomeInstance(constraintsOf(requirements))) continue;
    const bucket = `${spec.weight ?? 0}|${taintSignature(design, pool)}`;
    const groups = byBucket.get(bucket) ?? new Map<string, Group>();
    const key = requirementSignature(requirements);
    const group = groups.get(key) ?? { requirements, pools: [] };
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
): Problem {
  const named = partners.map((o) => `"${o.manifest.metadata.name}"`);
  const rest = count - named.length;
  const names = rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
  const weight = pool.manifest.spec.weight;
  return {
    severity: 'warning',
    resourceId: pool.id,
    path: 'spec.weight',
    message: `NodePool "${pool.manifest.metadata.name}" can take the same pods as NodePool ${names}: ${weight === undefined ? 'neither has a weight' : `both have weight ${weight}`}, their requirements overlap and no taint sets them apart, so Karpenter picks between them at random. Give one a higher spec.weight, or make them exclusive with a taint or disjoint requirements.`,
    rule: 'nodepools-overlap',
  };
}

function taintSignature(design: Design, pool: NodePoolResource): string {
  return repellingTaints(exportedPool(design, pool)).map(describeTaint).sort().join(',');
}

const signatures = new WeakMap<readonly NodeSelectorRequirement[], string>();

function requirementSignature(requirements: readonly NodeSelectorRequirement[]): string {
  let signature = signatures.get(requirements);
  if (signature === undefined) {
    signature = requirements
      .map((r) => `${r.key} ${r.operator} ${[...(r.values ?? [])].sort().join(',')}`)
      .sort()
      .join('\n');
    signatures.set(requirements, signature);
  }
  return signature;
}
