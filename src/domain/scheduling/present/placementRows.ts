/**
 * The Placement section's rows (issue 16 item 4): every NodePool in Karpenter's order with its
 * verdict for one workload, said in plain words with the fix. The engine's refusal keeps
 * Karpenter's own message (what a cluster logs); this adds what a person needs to act on it.
 */
import type { Design, NodePoolResource, ResourceId } from '../../design/types';
import { nodePools } from '../../design/resources';
import { plural } from '../../lib/plural';
import { describeTaint, writtenTaints } from '../../karpenter/model/poolTaints';
import {
  addRequirements,
  labelsAsRequirements,
  requirementsOf,
  type Requirements,
} from '../../karpenter/requirements/requirements';
import {
  describeRequirement,
  hasIntersection,
  isNegative,
  operatorOf,
  type Requirement,
} from '../../karpenter/requirements/requirement';
import { exportedPool } from '../../yaml/export/manifests';
import type { DesignPlan } from '../plan/designPlan';
import type { Plan, PoolVerdict, WorkloadPlan } from '../plan/planTypes';
import type { Refusal } from '../plan/refusal';
import type { PlacementRemedy } from '../plan/remedy';
import { podRequirements } from '../pods/podRequirements';
import { untoleratedTaint } from '../pods/tolerations';
import type { PodSpec } from '../pods/workload';

export interface PlacementRow {
  poolId: ResourceId;
  pool: string;
  verdict: PoolVerdict['verdict'];
  /** The verdict's reason in plain words. */
  reason: string;
  /** What would change the verdict, when something should. */
  fix?: string;
  /** Karpenter's own message, as its logs and events print it. */
  message?: string;
  /** Read from Karpenter's code, not confirmed by running it. */
  uncertain: boolean;
  /** The field of the pool to reveal when the reason is clicked. */
  path?: string;
  /** The fix, when the designer can make it in one click. */
  remedy?: PlacementRemedy;
}

/** "3 × m7i.xlarge" or "2 × m7i.xlarge + 1 × m7i.2xlarge", with the capacity type if spot. */
function nodesText(plan: Plan, workload: WorkloadPlan, poolId: ResourceId): string {
  const byType = new Map<string, number>();
  let spot = 0;
  let count = 0;
  for (const { node: id } of workload.nodes) {
    const node = plan.nodes.find((n) => n.id === id);
    if (!node || node.poolId !== poolId) continue;
    byType.set(node.instanceType, (byType.get(node.instanceType) ?? 0) + 1);
    if (node.capacityType === 'spot') spot += 1;
    count += 1;
  }
  const types = [...byType].map(([type, n]) => `${n} × ${type}`).join(' + ');
  if (spot === 0) return types;
  return `${types} (${spot === count ? 'spot' : `${spot} spot`})`;
}

function chosenRow(plan: Plan, workload: WorkloadPlan, verdict: PoolVerdict): PlacementRow {
  const nodes = nodesText(plan, workload, verdict.poolId);
  const parts = [`Takes ${plural(verdict.pods, 'pod')}${nodes ? ` on ${nodes}` : ''}.`];
  if (verdict.note) parts.push(verdict.note);
  const { refusal } = verdict;
  if (refusal && workload.pending > 0) {
    parts.push(`${plural(workload.pending, 'pod')} left pending: ${refusal.explanation}`);
  }
  return {
    poolId: verdict.poolId,
    pool: verdict.pool,
    verdict: 'chosen',
    reason: parts.join(' '),
    ...(refusal && workload.pending > 0 && refusal.fix ? { fix: refusal.fix } : {}),
    ...(refusal && workload.pending > 0 ? { message: refusal.message } : {}),
    uncertain: refusal?.uncertain === true && workload.pending > 0,
    ...(refusal?.path && workload.pending > 0 ? { path: refusal.path } : {}),
  };
}

/** Why a pool that would take the pods ranks lower: "weight 10 < 50 of "gpu-spot"". */
function outrankedRow(plan: Plan, workload: WorkloadPlan, verdict: PoolVerdict): PlacementRow {
  const base = {
    poolId: verdict.poolId,
    pool: verdict.pool,
    verdict: 'outranked' as const,
    uncertain: false,
  };
  const weightOf = (poolId: ResourceId) => plan.pools.find((p) => p.poolId === poolId)?.weight ?? 0;
  const position = workload.verdicts.indexOf(verdict);
  const winnerAt = workload.verdicts.findIndex((v) => v.verdict === 'chosen');
  const winner = workload.verdicts[winnerAt];
  if (!winner || winnerAt > position) {
    // Karpenter's queue put the pods on nodes already planned, or placed none at all.
    return { ...base, reason: `Would take the pods. ${verdict.note ?? ''}`.trim() };
  }
  const mine = weightOf(verdict.poolId);
  const theirs = weightOf(winner.poolId);
  const reason =
    mine !== theirs
      ? `Would take the pods, but ranks lower: weight ${mine} < ${theirs} of "${winner.pool}".`
      : `Would take the pods, but ranks lower: same weight ${mine} as "${winner.pool}", and Karpenter breaks ties by name in reverse order.`;
  return {
    ...base,
    reason,
    fix: `Raise this pool’s weight above ${theirs} to make it the first choice.`,
    path: 'spec.weight',
  };
}

/** The pool's requirements as its NodeClaims carry them (its labels and own name included). */
function poolRequirements(design: Design, pool: NodePoolResource): Requirements {
  const manifest = exportedPool(design, pool);
  const labels = {
    ...(manifest.spec.template.metadata?.labels ?? {}),
    'karpenter.sh/nodepool': manifest.metadata.name,
    'karpenter.k8s.aws/ec2nodeclass': manifest.spec.template.spec.nodeClassRef.name,
  };
  return addRequirements(
    requirementsOf(manifest.spec.template.spec.requirements),
    labelsAsRequirements(labels),
  );
}

function valuesText(requirement: Requirement): string {
  return [...requirement.values].sort().join(', ');
}

function hasBounds(requirement: Requirement): boolean {
  return requirement.gte !== undefined || requirement.lte !== undefined;
}

/** "arm64 only", "anything but spot", else Karpenter's own notation ("key Exists >=5"). */
function poolAllows(requirement: Requirement): string {
  if (hasBounds(requirement)) return describeRequirement(requirement);
  const operator = operatorOf(requirement);
  if (operator === 'In') {
    return requirement.values.size === 1
      ? `${valuesText(requirement)} only`
      : `only ${valuesText(requirement)}`;
  }
  if (operator === 'NotIn') return `anything but ${valuesText(requirement)}`;
  return describeRequirement(requirement);
}

function podSelects(requirement: Requirement): string {
  if (hasBounds(requirement)) return describeRequirement(requirement);
  const operator = operatorOf(requirement);
  if (operator === 'In') return valuesText(requirement);
  if (operator === 'NotIn') return `anything but ${valuesText(requirement)}`;
  return describeRequirement(requirement);
}

/** The first key the pod and the pool disagree on, said as both sides see it. */
function requirementsConflict(
  design: Design,
  pool: NodePoolResource,
  spec: PodSpec,
): { reason: string; fix?: string } | undefined {
  const ofPool = poolRequirements(design, pool);
  const ofPod = requirementsOf(podRequirements(spec).requirements);
  for (const key of [...ofPod.keys()].sort()) {
    const theirs = ofPod.get(key);
    const ours = ofPool.get(key);
    if (!theirs || !ours) continue;
    if (hasIntersection(ours, theirs) || (isNegative(ours) && isNegative(theirs))) continue;
    const reason = `${key}: the pool allows ${poolAllows(ours)}; the pod selects ${podSelects(theirs)}.`;
    if (operatorOf(ours) === 'In' && operatorOf(theirs) === 'In') {
      return {
        reason,
        fix: `Select ${valuesText(ours)} in the pod, or allow ${valuesText(theirs)} in the pool’s ${key}.`,
      };
    }
    return { reason };
  }
  return undefined;
}

function undefinedLabel(message: string): string | undefined {
  return /label "([^"]+)" does not have known values/.exec(message)?.[1];
}

/** A refusal said so a person can act on it: the reason in plain words and the fix. */
export function refusalWords(
  design: Design,
  pool: NodePoolResource | undefined,
  spec: PodSpec | undefined,
  refusal: Refusal,
): { reason: string; fix?: string } {
  const engine = { reason: refusal.explanation, ...(refusal.fix ? { fix: refusal.fix } : {}) };
  if (!pool || !spec) return engine;
  switch (refusal.check) {
    case 'taint': {
      const taints = writtenTaints(exportedPool(design, pool).spec.template.spec.taints);
      const taint = untoleratedTaint(taints, spec.tolerations);
      if (!taint) return engine;
      const text = describeTaint(taint);
      return {
        reason: `The pool taints its nodes ${text}; the pod does not tolerate it.`,
        fix: `Add a toleration for \`${text}\` to the pod, or remove the taint from the pool.`,
      };
    }
    case 'requirements':
      return requirementsConflict(design, pool, spec) ?? engine;
    case 'undefined-label': {
      const label = undefinedLabel(refusal.message);
      if (!label) return engine;
      return {
        reason: `The pod requires the label ${label}, which the pool does not define: Karpenter only launches nodes with the labels a pool declares.`,
        fix: `Add ${label} to the pool (a template label, or a requirement with Exists), or drop it from the pod.`,
      };
    }
    default:
      return engine;
  }
}

function refusedRow(design: Design, spec: PodSpec | undefined, verdict: PoolVerdict): PlacementRow {
  const base = { poolId: verdict.poolId, pool: verdict.pool, verdict: 'refused' as const };
  const { refusal } = verdict;
  if (!refusal) return { ...base, reason: 'Refused.', uncertain: false };
  const pool = nodePools(design).find((p) => p.id === verdict.poolId);
  const words = refusalWords(design, pool, spec, refusal);
  return {
    ...base,
    reason: words.reason,
    ...(words.fix ? { fix: words.fix } : {}),
    message: refusal.message,
    uncertain: refusal.uncertain === true,
    ...(refusal.path ? { path: refusal.path } : {}),
    ...(refusal.remedy ? { remedy: refusal.remedy } : {}),
  };
}

/**
 * One row per NodePool, in the order of the workload's verdicts (Karpenter's: weight
 * descending, then name descending). `spec` is the workload's pod spec, for the taint and
 * label that refused it.
 */
export function placementRows(
  design: Design,
  plan: Plan,
  workload: WorkloadPlan,
  spec: PodSpec | undefined,
): PlacementRow[] {
  return workload.verdicts.map((verdict) => {
    switch (verdict.verdict) {
      case 'chosen':
        return chosenRow(plan, workload, verdict);
      case 'outranked':
        return outrankedRow(plan, workload, verdict);
      case 'refused':
        return refusedRow(design, spec, verdict);
    }
  });
}

/** The pools whose nodes run a DaemonSet workload, or undefined when it is not one. */
export function daemonSetPools(planned: DesignPlan, id: ResourceId): readonly string[] | undefined {
  const index = planned.workloads.findIndex((w) => w.id === id);
  return planned.plan.daemonSets.find((d) => d.workload === index)?.pools;
}
