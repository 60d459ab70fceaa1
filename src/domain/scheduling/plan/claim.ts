import type { HostPort } from '../pods/hostPorts';
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
  /** Per resource, the most any option allocates: a quick way to refuse a pod that cannot fit. */
  ceiling: Record<string, number>;
  /** Sum of the pods' requests; DaemonSet overhead is per type and kept apart. */
  requests: Record<string, number>;
  pods: number;
  perWorkload: Map<number, number>;
  /** Host ports its pods bind. */
  hostPorts: HostPort[];
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
  setOptions(
    claim,
    claim.options.filter((_, i) => (run.caps[i] ?? 0) >= run.added),
  );
  claim.run = undefined;
}

export function setOptions(claim: Pick<Claim, 'options' | 'ceiling'>, options: TypeOption[]): void {
  claim.options = options;
  const ceiling: Record<string, number> = {};
  for (const o of options) {
    for (const r in o.allocatable) {
      const v = o.allocatable[r] ?? 0;
      if (v > (ceiling[r] ?? Number.NEGATIVE_INFINITY)) ceiling[r] = v;
    }
  }
  claim.ceiling = ceiling;
}

/** The pod cannot fit whatever type the claim launches: cheap to check before filtering types. */
export function cannotFit(
  claim: Claim,
  requests: Readonly<Record<string, number>>,
  requested: readonly string[],
): boolean {
  for (const r of requested) {
    if ((claim.requests[r] ?? 0) + (requests[r] ?? 0) > (claim.ceiling[r] ?? 0)) return true;
  }
  return false;
}
