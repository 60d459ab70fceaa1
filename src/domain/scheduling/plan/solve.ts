import type { ResourceList } from '../../karpenter/catalog/resources';
import {
  addRequirements,
  compatibleError,
  hasMinValues,
  type Requirements,
} from '../../karpenter/requirements/requirements';
import { hostPortsConflict } from '../pods/hostPorts';
import { launchCapacityTypes } from '../pools/allows';
import type { PoolTemplate } from '../pools/poolTemplate';
import { checkTemplate, isRefusal, minValuesRefusal, taintRefusal } from './checks';
import { cannotFit, settle, templateCeiling, type Claim } from './claim';
import { survivors, type Survivors } from './filterOptions';
import { subtractMax } from './limits';
import type { PreparedPod } from './preparedPod';
import type { Refusal } from './refusal';

/** A workload's replicas in the queue, with the pod shapes relaxation leads to. */
export interface QueuedWorkload {
  workload: number;
  replicas: number;
  /** Level 0 first; `relax(level)` gives the next level or undefined when nothing is left. */
  level: (n: number) => PreparedPod | undefined;
}

export interface PoolRefusal {
  pool: PoolTemplate;
  refusal: Refusal;
}

export interface Pending {
  count: number;
  /** Every pool's refusal at the last relaxation level tried, in pool order. */
  refusals: PoolRefusal[];
  relaxed: readonly string[];
}

export interface Solution {
  claims: Claim[];
  /** Per workload: pods per claim index. */
  placed: Map<number, Map<number, number>>;
  pending: Map<number, Pending>;
  /** Per workload, the relaxation steps its placed pods needed (the deepest seen). */
  relaxed: Map<number, readonly string[]>;
  remaining: Map<string, ResourceList>;
}

/** Identical replicas that follow are added in constant time, unless minValues must be re-checked per pod. */
function runOf(pod: PreparedPod, merged: Requirements, kept: Survivors): Claim['run'] {
  if (hasMinValues(merged)) return undefined;
  // A loop, not Math.max(...caps): spreading a thousand arguments cost more than the packing.
  let maxCap = Number.NEGATIVE_INFINITY;
  for (const cap of kept.caps) if (cap > maxCap) maxCap = cap;
  return { key: pod.key, caps: kept.caps, added: 1, maxCap };
}

function add(target: Record<string, number>, list: ResourceList): void {
  for (const r in list) target[r] = (target[r] ?? 0) + (list[r] ?? 0);
}

/**
 * Karpenter's provisioning loop for one batch (core scheduling/scheduler.go :: Solve, add;
 * spec 1.5): pods largest first; each goes to the first NodeClaim already planned that can take
 * it (fewest pods first), else to a new NodeClaim from the first pool in weight order that can;
 * when none can, one preference is relaxed and the pod tried again.
 */
export function solve(
  templates: readonly PoolTemplate[],
  queue: readonly QueuedWorkload[],
  /** What is left of each pool's limits before the batch (consolidation's existing nodes); the full limits when omitted. */
  limitsLeft?: ReadonlyMap<string, ResourceList>,
): Solution {
  const claims: Claim[] = [];
  /** Claims in Karpenter's try order: pod count ascending, then creation order. */
  const order: Claim[] = [];
  const remaining = new Map<string, ResourceList>();
  for (const t of templates) {
    if (t.limits) remaining.set(t.name, { ...(limitsLeft?.get(t.name) ?? t.limits) });
  }
  const templateRefusals = new Map<string, Map<PoolTemplate, Refusal>>();
  const placed = new Map<number, Map<number, number>>();
  const pending = new Map<number, Pending>();
  const relaxedBy = new Map<number, readonly string[]>();

  /**
   * Where the previous replica of the same shape was placed: every claim before it refused that
   * shape for good, and only the claim that took it moves (right), so the next replica starts there.
   */
  let cursorKey = '';
  let cursor = 0;

  /** Adds the pod to the claim at `at` in `order`; returns where the claim ends up. */
  function record(claim: Claim, pod: PreparedPod, at: number): number {
    claim.pods += 1;
    add(claim.requests, pod.requests);
    claim.perWorkload.set(pod.workload, (claim.perWorkload.get(pod.workload) ?? 0) + 1);
    if (pod.hostPorts.length > 0) claim.hostPorts.push(...pod.hostPorts);
    let byClaim = placed.get(pod.workload);
    if (!byClaim) placed.set(pod.workload, (byClaim = new Map<number, number>()));
    byClaim.set(claim.index, (byClaim.get(claim.index) ?? 0) + 1);
    if (pod.relaxed.length > (relaxedBy.get(pod.workload)?.length ?? 0))
      relaxedBy.set(pod.workload, pod.relaxed);
    // Keep `order` sorted by pod count, then creation.
    let i = at;
    while (i + 1 < order.length) {
      const next = order[i + 1]!;
      if (next.pods < claim.pods || (next.pods === claim.pods && next.index < claim.index)) {
        order[i] = next;
        order[i + 1] = claim;
        i += 1;
      } else break;
    }
    return i;
  }

  function tryInflight(pod: PreparedPod): boolean {
    const start = pod.key === cursorKey ? cursor : 0;
    cursorKey = pod.key;
    for (let at = start; at < order.length; at += 1) {
      const claim = order[at]!;
      if (claim.refused.has(pod.key)) continue;
      const run = claim.run;
      if (run && run.key === pod.key) {
        if (run.added < run.maxCap && (claim.perWorkload.get(pod.workload) ?? 0) < pod.perNode) {
          run.added += 1;
          record(claim, pod, at);
          cursor = at;
          return true;
        }
        claim.refused.add(pod.key);
        continue;
      }
      // Taints first: a claim of a pool the pod does not tolerate is refused without narrowing
      // its options, which only its own pods (or its launch) need.
      if (taintRefusal(claim.template, pod) !== undefined) {
        claim.refused.add(pod.key);
        continue;
      }
      settle(claim);
      if (
        cannotFit(claim, pod.requests, pod.requested) ||
        pod.hostPorts.some((p) => claim.hostPorts.some((q) => hostPortsConflict(p, q))) ||
        (claim.perWorkload.get(pod.workload) ?? 0) >= pod.perNode ||
        compatibleError(claim.requirements, pod.requirements) !== undefined
      ) {
        claim.refused.add(pod.key);
        continue;
      }
      const merged = addRequirements(claim.requirements, pod.requirements);
      const kept =
        launchCapacityTypes(merged).length > 0
          ? survivors(claim.options, merged, claim.requests, pod)
          : { options: [], caps: [] };
      if (kept.options.length === 0 || minValuesRefusal(merged, kept)) {
        claim.refused.add(pod.key);
        continue;
      }
      claim.requirements = merged;
      claim.options = kept.options;
      claim.run = runOf(pod, merged, kept);
      record(claim, pod, at);
      cursor = at;
      return true;
    }
    cursor = order.length;
    return false;
  }

  /** addToNewNodeClaim: the first pool in order that takes the pod, or every pool's refusal. */
  function tryNew(pod: PreparedPod): PoolRefusal[] | undefined {
    let refusals = templateRefusals.get(pod.key);
    if (!refusals) templateRefusals.set(pod.key, (refusals = new Map<PoolTemplate, Refusal>()));
    const errors: PoolRefusal[] = [];
    for (const template of templates) {
      const known = refusals.get(template);
      if (known) {
        errors.push({ pool: template, refusal: known });
        continue;
      }
      const result = tryTemplate(template, pod);
      if (!('check' in result)) return undefined;
      // Limits only shrink and a template's types never change: the refusal holds for the batch.
      refusals.set(template, result);
      errors.push({ pool: template, refusal: result });
    }
    return errors;
  }

  function tryTemplate(template: PoolTemplate, pod: PreparedPod): Claim | Refusal {
    const left = remaining.get(template.name);
    const result = checkTemplate(template, pod, left);
    if (isRefusal(result)) return result;
    const { merged, kept } = result;
    const claim: Claim = {
      index: claims.length,
      template,
      requirements: merged,
      options: kept.options,
      ceiling: templateCeiling(template),
      requests: {},
      pods: 0,
      perWorkload: new Map(),
      hostPorts: [],
      refused: new Set(),
      run: runOf(pod, merged, kept),
    };
    claims.push(claim);
    order.unshift(claim);
    // Every other claim refused this shape; the next replica starts at the new one.
    cursor = record(claim, pod, 0);
    cursorKey = pod.key;
    if (left) remaining.set(template.name, subtractMax(left, kept.options));
    return claim;
  }

  for (const queued of queue) {
    for (let n = 0; n < queued.replicas; n += 1) {
      let level = 0;
      for (;;) {
        const pod = queued.level(level);
        if (!pod) break;
        if (tryInflight(pod)) break;
        const errors = tryNew(pod);
        if (!errors) break;
        if (queued.level(level + 1)) {
          level += 1;
          continue;
        }
        const before = pending.get(queued.workload);
        pending.set(queued.workload, {
          count: (before?.count ?? 0) + 1,
          refusals: errors,
          relaxed: pod.relaxed,
        });
        break;
      }
    }
  }
  for (const claim of claims) settle(claim);
  return { claims, placed, pending, relaxed: relaxedBy, remaining };
}
