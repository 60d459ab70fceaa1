import type { Requirements } from '../../karpenter/requirements/requirements';
import type { PoolTemplate } from '../pools/poolTemplate';
import type { TypeOption } from '../pools/typeOption';

/**
 * A NodeClaim planned in this batch (core scheduling/nodeclaim.go): it keeps every instance
 * type that can still hold its pods and only picks one at launch (spec 3.1).
 */
export interface Claim {
  /** Creation order: the stable tie-break where Karpenter's sort.Slice leaves order open. */
  index: number;
  template: PoolTemplate;
  requirements: Requirements;
  options: TypeOption[];
  /** Sum of the pods' requests; DaemonSet overhead is per type and kept apart. */
  requests: Record<string, number>;
  pods: number;
  perWorkload: Map<number, number>;
  /** Pod shapes this claim refused: for good, as a claim only ever narrows. */
  refused: Set<string>;
  /**
   * The last shape added and how many of it each option holds in all, so identical replicas
   * are added in constant time; `options` is narrowed to `caps >= added` when the shape changes.
   */
  run?: { key: string; caps: number[]; added: number; maxCap: number };
}

/** Narrow the options to what holds the run of identical pods added last. */
export function settle(claim: Claim): void {
  const run = claim.run;
  if (!run) return;
  claim.options = claim.options.filter((_, i) => (run.caps[i] ?? 0) >= run.added);
  claim.run = undefined;
}
