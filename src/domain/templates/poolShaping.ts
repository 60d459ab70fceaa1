import { withTemplateSpec } from '../karpenter/edits/nodePoolEdits';
import type { Disruption, NodePool, NodeSelectorRequirement } from '../karpenter/model/types';

/*
 * Edits that turn Karpenter's getting-started NodePool (defaultNodePool) into a template's pool,
 * so each template states only where it departs from the defaults.
 */

/** karpenter/instanceMatch exports the other well-known keys the templates use, not this one. */
export const CAPACITY_TYPE = 'karpenter.sh/capacity-type';

export function requirementIn(key: string, ...values: string[]): NodeSelectorRequirement {
  return { key, operator: 'In', values };
}

/**
 * The pool with `requirement` in place of whatever it required of the same key (where that
 * stood, so the YAML keeps the defaults' order), or added at the end.
 */
export function withRequirement(pool: NodePool, requirement: NodeSelectorRequirement): NodePool {
  const { requirements } = pool.spec.template.spec;
  const at = requirements.findIndex((r) => r.key === requirement.key);
  const next =
    at === -1
      ? [...requirements, requirement]
      : requirements.flatMap((r, i) =>
          i === at ? [requirement] : r.key === requirement.key ? [] : [r],
        );
  return withTemplateSpec(pool, { requirements: next });
}

/**
 * Replaces the whole disruption block. The CRD requires `consolidateAfter` once the block
 * exists, so the type asks for it rather than leaving it to the API server to refuse.
 */
export function withDisruption(
  pool: NodePool,
  disruption: Disruption & Required<Pick<Disruption, 'consolidateAfter'>>,
): NodePool {
  return { ...pool, spec: { ...pool.spec, disruption } };
}
