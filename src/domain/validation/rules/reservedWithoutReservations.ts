import { nodeClassesByName } from '../../design/nodeClassIndex';
import { nodePools } from '../../design/resources';
import type { Design } from '../../design/types';
import { admitsValue, constraintsOf } from '../../karpenter/model/labelConstraints';
import { nodeClassName } from '../../karpenter/edits/nodePoolEdits';
import type { Problem } from '../problem';

const CAPACITY_TYPE = 'karpenter.sh/capacity-type';

/**
 * `karpenter.sh/capacity-type` reserved exists only for instance types the EC2NodeClass has
 * capacity reservations for: Karpenter adds the reserved offering when the class's
 * `capacityReservationSelectorTerms` resolve to reservations (aws/karpenter-provider-aws,
 * pkg/providers/instancetype/types.go, `computeRequirements`;
 * https://karpenter.sh/docs/tasks/odcrs/). A pool that allows only reserved capacity on a class
 * that selects no reservation can launch nothing.
 */
export function reservedWithoutReservations(design: Design): Problem[] {
  const problems: Problem[] = [];
  const classes = nodeClassesByName(design);
  for (const pool of nodePools(design)) {
    const capacity = constraintsOf(pool.manifest.spec.template.spec.requirements).get(
      CAPACITY_TYPE,
    );
    const reservedOnly =
      capacity !== undefined &&
      admitsValue(capacity, 'reserved') &&
      !admitsValue(capacity, 'spot') &&
      !admitsValue(capacity, 'on-demand');
    if (!capacity || !reservedOnly) continue;
    const [nodeClass, ...more] = classes.get(nodeClassName(pool.manifest)) ?? [];
    if (!nodeClass || more.length > 0) continue;
    const terms = nodeClass.manifest.spec.capacityReservationSelectorTerms;
    if (Array.isArray(terms) && terms.length > 0) continue;
    const at = capacity.indexes[capacity.indexes.length - 1] ?? 0;
    problems.push({
      severity: 'warning',
      resourceId: pool.id,
      path: `spec.template.spec.requirements[${at}]`,
      message: `NodePool "${pool.manifest.metadata.name}" allows only reserved capacity, but its EC2NodeClass "${nodeClass.manifest.metadata.name}" selects no capacity reservation: there is no reserved offering, so nothing launches. Add capacityReservationSelectorTerms to the class, or allow on-demand as well.`,
      rule: 'reserved-without-reservations',
    });
  }
  return problems;
}
