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
  /**
   * Per resource, at least the most any option allocates: a quick way to refuse a pod that
   * cannot fit. It may be the pool's ceiling rather than the claim's own (an upper bound is
   * enough for a quick refusal, and the exact fit is checked next), so narrowing the options
   * never pays for a new one.
   */
  ceiling: Readonly<Record<string, number>>;
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
  // The ceiling is kept: a subset's is no higher.
  claim.options = claim.options.filter((_, i) => (run.caps[i] ?? 0) >= run.added);
  claim.run = undefined;
}

function ceilingOf(options: readonly TypeOption[]): Record<string, number> {
  const ceiling: Record<string, number> = {};
  for (const o of options) {
    for (const r in o.allocatable) {
      const v = o.allocatable[r] ?? 0;
      if (v > (ceiling[r] ?? Number.NEGATIVE_INFINITY)) ceiling[r] = v;
    }
  }
  return ceiling;
}

/** By options list: pools that share their options (buildPools) share the ceiling too. */
const templateCeilings = new WeakMap<readonly TypeOption[], Readonly<Record<string, number>>>();

/** The most any of the pool's types allocates: the ceiling of every claim the pool starts. */
export function templateCeiling(template: PoolTemplate): Readonly<Record<string, number>> {
  let found = templateCeilings.get(template.options);
  if (!found) templateCeilings.set(template.options, (found = ceilingOf(template.options)));
  return found;
}

export function setOptions(claim: Pick<Claim, 'options' | 'ceiling'>, options: TypeOption[]): void {
  claim.options = options;
  claim.ceiling = ceilingOf(options);
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
