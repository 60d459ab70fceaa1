import type { NodeClaimTemplateSpec, NodeClassReference, NodePool } from '../model/types';

/** A copy of the pool with fields of `spec.template.spec` replaced. */
export function withTemplateSpec(pool: NodePool, patch: Partial<NodeClaimTemplateSpec>): NodePool {
  return {
    ...pool,
    spec: {
      ...pool.spec,
      template: { ...pool.spec.template, spec: { ...pool.spec.template.spec, ...patch } },
    },
  };
}

export function withNodeClassRef(pool: NodePool, patch: Partial<NodeClassReference>): NodePool {
  return withTemplateSpec(pool, {
    nodeClassRef: { ...pool.spec.template.spec.nodeClassRef, ...patch },
  });
}

export function nodeClassName(pool: NodePool): string {
  return pool.spec.template.spec.nodeClassRef.name;
}
