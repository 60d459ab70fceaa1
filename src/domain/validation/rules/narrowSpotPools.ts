import { nodePools } from '../../design/resources';
import type { Design, NodePoolResource } from '../../design/types';
import { FAMILY, INSTANCE_TYPE } from '../../karpenter/facts/instanceMatch';
import {
  admitsValue,
  admittedValues,
  constraintsOf,
  type LabelConstraint,
  type LabelConstraints,
} from '../../karpenter/model/labelConstraints';
import type { Problem } from '../problem';

/** EC2's rule of thumb for Spot flexibility: at least 10 instance types per workload. */
export const MIN_SPOT_INSTANCE_TYPES = 10;

const CAPACITY_TYPE = 'karpenter.sh/capacity-type';
const SIZE = 'karpenter.k8s.aws/instance-size';

function spotOnly(constraints: LabelConstraints): boolean {
  const capacity = constraints.get(CAPACITY_TYPE);
  return (
    capacity !== undefined &&
    admitsValue(capacity, 'spot') &&
    !admitsValue(capacity, 'on-demand') &&
    !admitsValue(capacity, 'reserved')
  );
}

interface Choice {
  /** At most this many instance types can be launched. */
  count: number;
  describe: string;
  at: LabelConstraint;
}

/** How many instance types the pool can choose from, when its requirements say so. */
function choice(constraints: LabelConstraints): Choice | undefined {
  const typeConstraint = constraints.get(INSTANCE_TYPE);
  const types = admittedValues(typeConstraint);
  if (typeConstraint && types) {
    return { count: types.length, describe: types.join(', '), at: typeConstraint };
  }
  const familyConstraint = constraints.get(FAMILY);
  const families = admittedValues(familyConstraint);
  const sizes = admittedValues(constraints.get(SIZE));
  if (familyConstraint && families && sizes) {
    return {
      count: families.length * sizes.length,
      describe: `${families.join(', ')} in ${sizes.join(', ')}`,
      at: familyConstraint,
    };
  }
  return undefined;
}

function pathOf(constraint: LabelConstraint): string {
  const last = constraint.indexes[constraint.indexes.length - 1] ?? 0;
  return `spec.template.spec.requirements[${last}]`;
}

function message(pool: NodePoolResource, found: Choice): string {
  const types = found.count === 1 ? '1 instance type' : `${found.count} instance types`;
  return `NodePool "${pool.manifest.metadata.name}" is spot-only with at most ${types} (${found.describe}): when Spot reclaims those, its pods stay Pending until that capacity returns. Allow at least ${MIN_SPOT_INSTANCE_TYPES} types (more families or sizes), or on-demand as a fallback.`;
}

/**
 * Spot-only pools need many instance types. Spot capacity is per instance type and zone; "the
 * general best practice is to allow Karpenter to use a diverse set of instance types when using
 * Spot", or pods stay Pending when the few allowed types are reclaimed (EKS Best Practices,
 * Karpenter: "Avoid overly constraining the Instance Types that Karpenter can provision,
 * especially when utilizing Spot", https://docs.aws.amazon.com/eks/latest/best-practices/karpenter.html).
 * EC2's rule of thumb is at least 10 instance types per workload
 * (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-best-practices.html), and Karpenter's
 * spot-to-spot consolidation replaces a single node only with at least 15 cheaper types to choose
 * from (https://karpenter.sh/docs/concepts/disruption/#spot-consolidation).
 */
export function narrowSpotPools(design: Design): Problem[] {
  const problems: Problem[] = [];
  for (const pool of nodePools(design)) {
    const constraints = constraintsOf(pool.manifest.spec.template.spec.requirements);
    if (!spotOnly(constraints)) continue;
    const found = choice(constraints);
    // No choice at all is requirements-contradictory's finding.
    if (!found || found.count === 0 || found.count >= MIN_SPOT_INSTANCE_TYPES) continue;
    problems.push({
      severity: 'warning',
      resourceId: pool.id,
      path: pathOf(found.at),
      message: message(pool, found),
      rule: 'spot-few-instance-types',
    });
  }
  return problems;
}
