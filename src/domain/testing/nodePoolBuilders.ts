/**
 * Builders for NodePools with chosen requirements, taints and spec fields, for rule tests.
 * Plain TypeScript like fixtures.ts, whose id and naming pattern (`np-<name>`) they follow.
 */
import type { EC2NodeClassResource, NodePoolResource } from '../design/types';
import { withTemplateSpec } from '../karpenter/nodePoolEdits';
import type {
  EC2NodeClassSpec,
  NodeClaimTemplateSpec,
  NodePoolSpec,
  NodeSelectorRequirement,
  RequirementOperator,
} from '../karpenter/types';
import { nodeClass, nodePool } from './fixtures';

/** `requirement('kubernetes.io/arch', 'In', 'arm64')`. */
export function requirement(
  key: string,
  operator: RequirementOperator,
  ...values: string[]
): NodeSelectorRequirement {
  return values.length > 0 ? { key, operator, values } : { key, operator };
}

export interface PoolShape {
  className?: string;
  /** Laid over the default pool's `spec` (limits, weight, disruption...). */
  spec?: Partial<NodePoolSpec>;
  /** Laid over `spec.template.spec` (taints, expireAfter...). */
  template?: Partial<NodeClaimTemplateSpec>;
}

/**
 * A default NodePool (limits and disruption set, no taints) whose requirements are exactly
 * `requirements`.
 */
export function poolWith(
  name: string,
  requirements: NodeSelectorRequirement[],
  shape: PoolShape = {},
): NodePoolResource {
  const pool = nodePool(name, shape.className);
  const manifest = withTemplateSpec(pool.manifest, { ...shape.template, requirements });
  return { ...pool, manifest: { ...manifest, spec: { ...manifest.spec, ...shape.spec } } };
}

/** A default EC2NodeClass with `spec` laid over its spec. */
export function classWith(name: string, spec: Partial<EC2NodeClassSpec>): EC2NodeClassResource {
  const base = nodeClass(name);
  return { ...base, manifest: { ...base.manifest, spec: { ...base.manifest.spec, ...spec } } };
}
