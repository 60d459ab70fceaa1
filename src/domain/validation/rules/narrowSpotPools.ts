import { nodePools } from '../../design/resources';
import type { Design } from '../../design/types';
import type { InstanceCatalog, InstanceType } from '../../karpenter/catalog/instanceType';
import { typesOnAnyOs } from '../../karpenter/catalog/typesOnOs';
import {
  admitsValue,
  constraintsOf,
  type LabelConstraints,
} from '../../karpenter/model/labelConstraints';
import {
  poolInstanceTypes,
  requirementEntries,
  typesMeeting,
  type RequirementEntry,
} from '../poolInstanceTypes';
import type { Problem } from '../problem';

/** EC2's rule of thumb for Spot flexibility: at least 10 instance types per workload. */
export const MIN_SPOT_INSTANCE_TYPES = 10;

const CAPACITY_TYPE = 'karpenter.sh/capacity-type';

function spotOnly(constraints: LabelConstraints): boolean {
  const capacity = constraints.get(CAPACITY_TYPE);
  return (
    capacity !== undefined &&
    admitsValue(capacity, 'spot') &&
    !admitsValue(capacity, 'on-demand') &&
    !admitsValue(capacity, 'reserved')
  );
}

const SHOWN = 6;

function listed(names: readonly string[]): string {
  if (names.length <= SHOWN) return names.join(', ');
  return `${names.slice(0, SHOWN).join(', ')} and ${names.length - SHOWN} more`;
}

/**
 * The requirement that narrows the pool most: the one whose removal lets the most types back
 * (the capacity type aside, which is the point of the pool). Remembered per pool's entries (the
 * same array while the pool is unedited): asking the catalog once per requirement of every
 * spot pool on every edit took ~30 ms at 1,000 resources.
 */
function narrowest(
  entries: readonly RequirementEntry[],
  universe: readonly InstanceType[],
): RequirementEntry | undefined {
  let byUniverse = narrowestOf.get(entries);
  if (!byUniverse) narrowestOf.set(entries, (byUniverse = new WeakMap()));
  const kept = byUniverse.get(universe);
  if (kept) return kept.entry;
  let best: RequirementEntry | undefined;
  let most = -1;
  entries.forEach((entry, i) => {
    if (entry.source.key === CAPACITY_TYPE) return;
    const count = typesMeeting(
      entries.filter((_, j) => j !== i),
      universe,
    ).length;
    if (count > most) [best, most] = [entry, count];
  });
  byUniverse.set(universe, { entry: best });
  return best;
}

const narrowestOf = new WeakMap<
  readonly RequirementEntry[],
  WeakMap<readonly InstanceType[], { entry: RequirementEntry | undefined }>
>();

/**
 * Spot-only pools need many instance types. Spot capacity is per instance type and zone; "the
 * general best practice is to allow Karpenter to use a diverse set of instance types when using
 * Spot", or pods stay Pending when the few allowed types are reclaimed (EKS Best Practices,
 * Karpenter: "Avoid overly constraining the Instance Types that Karpenter can provision,
 * especially when utilizing Spot", https://docs.aws.amazon.com/eks/latest/best-practices/karpenter.html).
 * EC2's rule of thumb is at least 10 instance types per workload
 * (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-best-practices.html), and Karpenter's
 * spot-to-spot consolidation replaces a single node only with at least 15 cheaper types to choose
 * from (https://karpenter.sh/docs/concepts/disruption/#spot-consolidation). Counted on the
 * catalog: the instance types the pool could launch, not families times sizes.
 */
export function narrowSpotPools(design: Design, catalog?: InstanceCatalog): Problem[] {
  if (!catalog) return [];
  const problems: Problem[] = [];
  for (const pool of nodePools(design)) {
    const constraints = constraintsOf(pool.manifest.spec.template.spec.requirements);
    if (!spotOnly(constraints)) continue;
    const { types, manifest } = poolInstanceTypes(design, pool, catalog);
    // No type at all is requirements-no-instance's finding.
    if (types.length === 0 || types.length >= MIN_SPOT_INSTANCE_TYPES) continue;
    const entries = requirementEntries(manifest);
    const blamed = narrowest(entries, typesOnAnyOs(catalog));
    const count = types.length === 1 ? '1 instance type' : `${types.length} instance types`;
    problems.push({
      severity: 'warning',
      resourceId: pool.id,
      path: blamed?.path ?? 'spec.template.spec.requirements',
      message: `NodePool "${pool.manifest.metadata.name}" is spot-only and can launch only ${count} (${listed(types.map((t) => t.name))}): when Spot reclaims those, its pods stay Pending until that capacity returns. Allow at least ${MIN_SPOT_INSTANCE_TYPES} types${blamed ? ` (widen ${blamed.written})` : ''}, or on-demand as a fallback.`,
      rule: 'spot-few-instance-types',
    });
  }
  return problems;
}
