/**
 * Why a NodePool does not take a pod: the first check that failed, in Karpenter's own order
 * (core scheduling/scheduler.go :: addToNewNodeClaim checks the pool's limits first, then
 * nodeclaim.go :: CanAdd: taints, requirements, instance types, minValues; spec 1.6 and 1.14).
 * `message` is Karpenter's wording, so a user can search for what their cluster logs; `explanation`
 * says it in plain words and `fix` what would change the verdict.
 */
export type RefusalCheck =
  /** The pool does not take part at all: no EC2NodeClass, static, or no instance type left. */
  | 'pool'
  | 'limits'
  | 'taint'
  | 'requirements'
  | 'undefined-label'
  | 'instance-types'
  | 'min-values'
  /** Karpenter ignores the pod: it never provisions for it, whatever the pool. */
  | 'ignored';

import type { PlacementRemedy } from './remedy';

export interface Refusal {
  check: RefusalCheck;
  message: string;
  explanation: string;
  fix?: string;
  /** Read from Karpenter's code but not confirmed by running it (the spec's `[inf]`, section 7). */
  uncertain?: boolean;
  /** The field of the pool's manifest responsible, when there is one (YAML path). */
  path?: string;
  /** The fix as one design edit, when it is one (see remedy.ts). */
  remedy?: PlacementRemedy;
}
