import { nodePools } from '../../design/resources';
import type { Design, NodePoolResource } from '../../design/types';
import {
  ARCH,
  countsBelowOne,
  exclusionOf,
  listedInstances,
  windowsOnArm,
  type Exclusion,
} from '../../karpenter/facts/instanceMatch';
import {
  admitsNothing,
  describeRequirement,
  constraintsOf,
  type LabelConstraint,
  type LabelConstraints,
} from '../../karpenter/model/labelConstraints';
import type { Problem } from '../problem';

/**
 * Requirements that each look fine but that no EC2 instance type meets together, such as
 * `kubernetes.io/arch In [arm64]` with the x86-only family g5, or GPU families with
 * `instance-gpu-count In [0]`. The API server accepts them; Karpenter finds no instance type and
 * the pool's pods stay Pending (https://karpenter.sh/docs/concepts/nodepools/#spectemplatespecrequirements:
 * "If there is no overlap, nodes will not be launched"). The facts and their sources are in
 * karpenter/instanceMatch.ts. One finding per pool: the later checks would restate the earlier.
 */
export function noMatchingInstances(design: Design): Problem[] {
  const problems: Problem[] = [];
  for (const pool of nodePools(design)) {
    const constraints = constraintsOf(pool.manifest.spec.template.spec.requirements);
    // Requirements that contradict each other are reported by requirements-contradictory.
    if ([...constraints.values()].some(admitsNothing)) continue;
    const found =
      countProblem(pool, constraints) ??
      windowsOnArmProblem(pool, constraints) ??
      listingProblem(pool, constraints);
    if (found) problems.push(found);
  }
  return problems;
}

function name(pool: NodePoolResource): string {
  return pool.manifest.metadata.name;
}

function pathOf(constraint: LabelConstraint): string {
  const last = constraint.indexes[constraint.indexes.length - 1] ?? 0;
  return `spec.template.spec.requirements[${last}]`;
}

function written(pool: NodePoolResource, constraint: LabelConstraint): string {
  const { requirements } = pool.manifest.spec.template.spec;
  return constraint.indexes
    .map((i) => requirements[i])
    .filter((r) => r !== undefined)
    .map(describeRequirement)
    .join(' and ');
}

function warning(pool: NodePoolResource, path: string, message: string): Problem {
  return {
    severity: 'warning',
    resourceId: pool.id,
    path,
    message,
    rule: 'requirements-no-instance',
  };
}

function countProblem(pool: NodePoolResource, constraints: LabelConstraints): Problem | undefined {
  const [count] = countsBelowOne(constraints);
  if (!count) return undefined;
  const device = count.key.includes('gpu') ? 'GPUs' : 'accelerators';
  return warning(
    pool,
    pathOf(count),
    `NodePool "${name(pool)}" requires ${written(pool, count)}, but instances without ${device} carry no such label and instances with ${device} have at least 1: no instance matches. To keep ${device} out, use ${count.key} DoesNotExist.`,
  );
}

function windowsOnArmProblem(
  pool: NodePoolResource,
  constraints: LabelConstraints,
): Problem | undefined {
  const arch = constraints.get(ARCH);
  if (!arch || !windowsOnArm(constraints)) return undefined;
  return warning(
    pool,
    pathOf(arch),
    `NodePool "${name(pool)}" requires kubernetes.io/os windows with ${written(pool, arch)}, but Windows AMIs run only on amd64 instances: no instance matches. Allow amd64.`,
  );
}

const MAX_SUBJECTS = 4;

function subjects(list: readonly string[]): string {
  if (list.length <= MAX_SUBJECTS) return list.join(', ');
  return `${list.slice(0, MAX_SUBJECTS).join(', ')} and ${list.length - MAX_SUBJECTS} more`;
}

function listingProblem(
  pool: NodePoolResource,
  constraints: LabelConstraints,
): Problem | undefined {
  const listing = listedInstances(constraints);
  if (!listing || listing.candidates.length === 0) return undefined;
  const groups = new Map<string, { exclusion: Exclusion; subjects: string[] }>();
  for (const candidate of listing.candidates) {
    const exclusion = exclusionOf(candidate, constraints, listing.fromTypes);
    if (!exclusion) return undefined;
    const key = exclusion.why(false);
    const group = groups.get(key) ?? { exclusion, subjects: [] };
    group.subjects.push(candidate.subject);
    groups.set(key, group);
  }
  const reasons = [...groups.values()].map(
    (g) => `${subjects(g.subjects)} ${g.exclusion.why(g.subjects.length > 1)}`,
  );
  const fixes = [...new Set([...groups.values()].map((g) => g.exclusion.fix))];
  const listed = constraints.get(listing.key);
  return warning(
    pool,
    listed ? pathOf(listed) : 'spec.template.spec.requirements',
    `NodePool "${name(pool)}" can launch no instance: ${reasons.join('; ')}. ${fixes.join(' ')}`,
  );
}
