import type { ResourceList } from '../../karpenter/catalog/resources';
import {
  describeMinValuesShortfall,
  minValuesShortfall,
} from '../../karpenter/requirements/minValues';
import {
  addRequirements,
  compatibleError,
  hasMinValues,
  type Requirements,
} from '../../karpenter/requirements/requirements';
import { describeUntolerated, untoleratedTaint } from '../pods/tolerations';
import { launchCapacityTypes } from '../pools/allows';
import type { PoolTemplate } from '../pools/poolTemplate';
import type { TypeOption } from '../pools/typeOption';
import { instanceTypeRefusal, survivors, type Survivors } from './filterOptions';
import { fitsLimits, limitsRefusal, withinLimits } from './limits';
import type { PreparedPod } from './preparedPod';
import type { Refusal } from './refusal';
import type { PodSpec } from '../pods/workload';
import type { Taint } from '../../karpenter/model/types';

function taintText(taint: Taint): string {
  return `${taint.key}${taint.value ? `=${taint.value}` : ''}:${taint.effect}`;
}

/** The refusal's words depend on the taint alone: one object per taint, shared by every pod. */
const taintRefusals = new WeakMap<Taint, Refusal>();

/** Step 1 of CanAdd: every taint of the pool, whatever its effect (spec 1.9). */
export function taintRefusal(template: PoolTemplate, pod: PreparedPod): Refusal | undefined {
  const taint = untoleratedTaint(template.taints, pod.tolerations);
  if (!taint) return undefined;
  let refusal = taintRefusals.get(taint);
  if (!refusal) taintRefusals.set(taint, (refusal = describeTaintRefusal(taint)));
  return refusal;
}

function describeTaintRefusal(taint: Taint): Refusal {
  const text = taintText(taint);
  const prefer =
    taint.effect === 'PreferNoSchedule'
      ? ' Karpenter treats PreferNoSchedule like NoSchedule until its last relaxation step.'
      : '';
  return {
    check: 'taint',
    message: describeUntolerated(taint),
    explanation: `The pool taints its nodes with ${text} and the pod does not tolerate it.${prefer}`,
    fix: `Add a toleration for ${text} to the pod, or remove the taint from the pool.`,
    path: 'spec.template.spec.taints',
  };
}

/** Step 2: the pod's requirements against the NodeClaim's (Compatible, spec 1.7). */
export function requirementsRefusal(claim: Requirements, pod: PreparedPod): Refusal | undefined {
  const error = compatibleError(claim, pod.requirements);
  if (error === undefined) return undefined;
  const undefinedLabel = error.includes('does not have known values');
  return {
    check: undefinedLabel ? 'undefined-label' : 'requirements',
    message: `incompatible requirements, ${error}`,
    explanation: undefinedLabel
      ? 'The pod requires a custom label the pool does not define: Karpenter only launches nodes with the labels a pool declares.'
      : 'What the pod selects conflicts with what the pool allows.',
    fix: undefinedLabel
      ? 'Define the label in the pool (a template label, or a requirement with Exists), or drop it from the pod.'
      : 'Make the pod’s node selector or affinity agree with the pool’s requirements.',
    path: 'spec.template.spec.requirements',
  };
}

/** Step 6: minValues over the surviving types (min-values-policy Strict, the default). */
export function minValuesRefusal(merged: Requirements, kept: Survivors): Refusal | undefined {
  if (!hasMinValues(merged)) return undefined;
  const shortfall = minValuesShortfall(
    merged,
    kept.options.map((o) => o.type),
  );
  if (shortfall.length === 0) return undefined;
  return {
    check: 'min-values',
    message: describeMinValuesShortfall(shortfall),
    explanation:
      'With this pod the NodeClaim would keep fewer distinct values than minValues asks for, so Karpenter refuses it (min-values-policy Strict).',
    fix: 'Lower minValues, widen the requirement it sits on, or lower the pod’s requests.',
    path: 'spec.template.spec.requirements',
  };
}

export interface Accepted {
  merged: Requirements;
  kept: Survivors;
}

interface Fresh {
  merged: Requirements;
  offered: boolean;
  /** Survivors among all the pool's types, before limits. */
  kept: Survivors;
}

const freshChecks = new WeakMap<PoolTemplate, WeakMap<PodSpec, Fresh | Refusal>>();

/**
 * Taints, requirements and instance types against all of the pool's types: what does not depend
 * on limits. Kept per pool and pod spec, both stable while the user edits something else.
 */
function freshCheck(template: PoolTemplate, pod: PreparedPod): Fresh | Refusal {
  let byPod = freshChecks.get(template);
  if (!byPod) freshChecks.set(template, (byPod = new WeakMap()));
  const known = byPod.get(pod.spec);
  if (known) return known;
  const result =
    taintRefusal(template, pod) ??
    requirementsRefusal(template.requirements, pod) ??
    fresh(template, pod);
  byPod.set(pod.spec, result);
  return result;
}

function fresh(template: PoolTemplate, pod: PreparedPod): Fresh {
  const merged = addRequirements(template.requirements, pod.requirements);
  const offered = launchCapacityTypes(merged).length > 0;
  const kept = offered ? survivors(template.options, merged, {}, pod) : { options: [], caps: [] };
  return { merged, offered, kept };
}

/**
 * Whether a fresh NodeClaim of this pool takes the pod, with the first failing check in
 * Karpenter's order: the pool's limits (addToNewNodeClaim), then CanAdd's taints, requirements,
 * instance types and minValues (spec 1.6, 1.14).
 */
export function checkTemplate(
  template: PoolTemplate,
  pod: PreparedPod,
  left: ResourceList | undefined,
): Accepted | Refusal {
  if (left && template.limits) {
    const refusal = limitsRefusal(template.options, left, template.limits, template.unfit);
    if (refusal) return refusal;
  }
  const result = freshCheck(template, pod);
  if (isRefusal(result)) return result;
  const { merged, offered } = result;
  let kept = result.kept;
  let options: readonly TypeOption[] = template.options;
  if (left && template.limits && kept.options.some((o) => !fitsLimits(o, left))) {
    const limited: Survivors = { options: [], caps: [] };
    kept.options.forEach((o, i) => {
      if (!fitsLimits(o, left)) return;
      limited.options.push(o);
      limited.caps.push(kept.caps[i] ?? 0);
    });
    kept = limited;
    options = withinLimits(options, left);
  }
  if (kept.options.length === 0) return instanceTypeRefusal(options, merged, {}, pod, offered);
  return minValuesRefusal(merged, kept) ?? { merged, kept };
}

const initialChecks = new WeakMap<PoolTemplate, WeakMap<PodSpec, Accepted | Refusal>>();

/** `checkTemplate` with the pool's full limits: the verdict before the plan used any of them. */
export function checkTemplateUnused(template: PoolTemplate, pod: PreparedPod): Accepted | Refusal {
  let byPod = initialChecks.get(template);
  if (!byPod) initialChecks.set(template, (byPod = new WeakMap()));
  let result = byPod.get(pod.spec);
  if (!result) {
    result = checkTemplate(template, pod, template.limits);
    byPod.set(pod.spec, result);
  }
  return result;
}

export function isRefusal(result: Accepted | Fresh | Refusal): result is Refusal {
  return 'check' in result;
}
