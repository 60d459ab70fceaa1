import { nodePools } from '../../design/resources';
import type { Design } from '../../design/types';
import {
  admitsNothing,
  describeRequirement,
  constraintsOf,
} from '../../karpenter/model/labelConstraints';
import type { Problem } from '../problem';

/**
 * Requirements on one key that no label value meets together: In [a] with NotIn [a], two In lists
 * with nothing in common, Exists with DoesNotExist, Gt 8 with Lt 4 (or Lt 0 alone, as label values are whole numbers). The API server checks each
 * requirement alone and accepts them; Karpenter ANDs them and finds no instance type, so the
 * pool's pods stay Pending (https://karpenter.sh/docs/concepts/nodepools/#spectemplatespecrequirements:
 * "If there is no overlap, nodes will not be launched").
 */
export function contradictoryRequirements(design: Design): Problem[] {
  const problems: Problem[] = [];
  for (const pool of nodePools(design)) {
    const { requirements } = pool.manifest.spec.template.spec;
    for (const constraint of constraintsOf(requirements).values()) {
      if (!admitsNothing(constraint)) continue;
      const written = constraint.indexes
        .map((i) => requirements[i])
        .filter((r) => r !== undefined)
        .map(describeRequirement);
      const last = constraint.indexes[constraint.indexes.length - 1] ?? 0;
      problems.push({
        severity: 'warning',
        resourceId: pool.id,
        path: `spec.template.spec.requirements[${last}]`,
        message: `NodePool "${pool.manifest.metadata.name}" requires ${written.join(' and ')}: no value of ${constraint.key} meets ${written.length > 1 ? 'them all' : 'it'}, so Karpenter can launch no node for it. Remove or widen one of them.`,
        rule: 'requirements-contradictory',
      });
    }
  }
  return problems;
}
