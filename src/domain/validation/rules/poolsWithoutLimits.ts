import { nodePools } from '../../design/resources';
import type { Design } from '../../design/types';
import type { Problem } from '../problem';

/**
 * A pool without limits keeps launching nodes for as long as pods are pending: a runaway
 * Deployment or a stuck Job buys an unbounded fleet. "If you don't use limits or constrain the
 * instance types that Karpenter can provision, Karpenter will continue adding compute capacity
 * to your cluster as needed ... it can also have significant cost implications" (EKS Best
 * Practices, Karpenter, https://docs.aws.amazon.com/eks/latest/best-practices/karpenter.html;
 * https://karpenter.sh/docs/concepts/nodepools/#speclimits). A static pool (`replicas`) has a
 * fixed size, so it is left alone.
 */
export function poolsWithoutLimits(design: Design): Problem[] {
  return nodePools(design)
    .filter((pool) => {
      const { limits, replicas } = pool.manifest.spec;
      return replicas === undefined && Object.keys(limits ?? {}).length === 0;
    })
    .map((pool) => ({
      severity: 'warning' as const,
      resourceId: pool.id,
      path: 'spec.limits',
      message: `NodePool "${pool.manifest.metadata.name}" has no limits: while pods are pending it keeps adding nodes, and cost, without bound. Set spec.limits, e.g. cpu: "1000" (or nvidia.com/gpu for GPU pools).`,
      rule: 'nodepool-no-limits',
    }));
}
