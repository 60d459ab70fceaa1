import { celRule, item, type CelRule } from '../celRule';

/** The remaining NodePool rules (karpenter.sh_nodepools.yaml): budgets, nodeClassRef, static pools. */

interface Budget {
  schedule?: string;
  duration?: string;
}

/** A schedule says when a budget starts and its duration how long it lasts: one needs the other. */
export const budgetScheduleWithDuration: CelRule = celRule<Budget[]>({
  id: 'budget-schedule-duration',
  cel: 'self.all(x, has(x.schedule) == has(x.duration))',
  check: (budgets, report) =>
    budgets.forEach((budget, i) => {
      if (budget.schedule !== undefined && budget.duration === undefined) {
        report(
          'is required with a schedule: say how long the budget lasts, e.g. 8h',
          item(i, 'duration'),
        );
      } else if (budget.duration !== undefined && budget.schedule === undefined) {
        report(
          'is required with a duration: say when the budget starts, e.g. "0 9 * * mon-fri" or @daily',
          item(i, 'schedule'),
        );
      }
    }),
});

function notEmpty(id: string, message: string): CelRule {
  return celRule<string>({
    id,
    cel: "self != ''",
    check: (text, report) => (text === '' ? report(message) : undefined),
  });
}

export const nodeClassRefGroup = notEmpty(
  'nodeclassref-group',
  'must not be empty: on AWS it is karpenter.k8s.aws',
);
export const nodeClassRefKind = notEmpty(
  'nodeclassref-kind',
  'must not be empty: on AWS it is EC2NodeClass',
);
export const nodeClassRefName = notEmpty(
  'nodeclassref-name',
  'must not be empty: name the EC2NodeClass whose nodes this pool launches',
);

interface NodePoolSpec {
  replicas?: number;
  limits?: Record<string, unknown>;
  weight?: number;
}

/** A static pool (replicas set) keeps a fixed node count, so only a node limit makes sense. */
export const staticPoolLimits: CelRule = celRule<NodePoolSpec>({
  id: 'static-pool-limits',
  cel: "!has(self.replicas) || (!has(self.limits) || size(self.limits) == 0 || (size(self.limits) == 1 && 'nodes' in self.limits))",
  check: (spec, report) => {
    if (spec.replicas === undefined || spec.limits === undefined) return;
    const others = Object.keys(spec.limits).filter((key) => key !== 'nodes');
    if (others.length === 0) return;
    report(
      `may only limit nodes on a static NodePool (replicas is set): remove ${others.join(', ')}, or remove replicas`,
      '.limits',
    );
  },
});

export const staticPoolWeight: CelRule = celRule<NodePoolSpec>({
  id: 'static-pool-weight',
  cel: '!has(self.replicas) || !has(self.weight)',
  check: (spec, report) => {
    if (spec.replicas !== undefined && spec.weight !== undefined) {
      report(
        'is not supported on a static NodePool (replicas is set): remove weight, or remove replicas',
        '.weight',
      );
    }
  },
});

/**
 * Transition rules compare with the stored object (`oldSelf`), which a create does not have, so
 * they never apply to a new design. Listed so every upstream rule is accounted for.
 */
export const NODEPOOL_TRANSITION_RULES: readonly { path: string; cel: string }[] = [
  { path: 'spec', cel: 'has(self.replicas) == has(oldSelf.replicas)' },
  { path: 'spec.template.spec.nodeClassRef', cel: 'self.group == oldSelf.group' },
  { path: 'spec.template.spec.nodeClassRef', cel: 'self.kind == oldSelf.kind' },
];
