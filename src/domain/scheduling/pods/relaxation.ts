/**
 * Preference relaxation: core `scheduling/preferences.go :: Relax` (spec 1.10). When a pod fits no
 * existing node, no in-flight NodeClaim and no NodePool, Karpenter drops one soft constraint and
 * tries again, in a fixed order, until nothing is left to drop. Each call here is one such step on
 * a copy of the pod spec (the input is never changed, so memoised answers for it stay valid).
 */
import { describeRequirement } from '../../karpenter/model/labelConstraints';
import { byWeightDescending, termRequirements } from './podRequirements';
import { PREFER_NO_SCHEDULE_TOLERATION } from './tolerations';
import type { Affinity, NodeSelectorTerm, PodAffinity, PodSpec, Toleration } from './workload';

export type RelaxationStep =
  | 'requiredNodeAffinityTerm'
  | 'preferredPodAffinity'
  | 'preferredPodAntiAffinity'
  | 'preferredNodeAffinity'
  | 'scheduleAnywaySpread'
  | 'preferNoScheduleToleration';

export interface Relaxation {
  /** The pod spec to try next. */
  spec: PodSpec;
  step: RelaxationStep;
  /** What was relaxed, to follow "after relaxing …". */
  relaxed: string;
}

function describeTerm(term: NodeSelectorTerm): string {
  const requirements = termRequirements(term);
  return requirements.length === 0
    ? 'an empty term'
    : requirements.map(describeRequirement).join(', ');
}

function withAffinity(spec: PodSpec, affinity: Partial<Affinity>): PodSpec {
  return { ...spec, affinity: { ...spec.affinity, ...affinity } };
}

/** Step 1: required terms are ORed; drop the first while another remains (never the last one). */
function removeRequiredNodeAffinityTerm(spec: PodSpec): Relaxation | undefined {
  const nodeAffinity = spec.affinity?.nodeAffinity;
  const required = nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  const [first, ...rest] = required?.nodeSelectorTerms ?? [];
  if (!nodeAffinity || !required || !first || rest.length === 0) return undefined;
  return {
    spec: withAffinity(spec, {
      nodeAffinity: {
        ...nodeAffinity,
        requiredDuringSchedulingIgnoredDuringExecution: { ...required, nodeSelectorTerms: rest },
      },
    }),
    step: 'requiredNodeAffinityTerm',
    relaxed: `the first required node-affinity term (${describeTerm(first)}), trying the next one`,
  };
}

/** Steps 2 and 3: the heaviest preferred pod (anti-)affinity term (`sort.SliceStable`, weight desc). */
function removePreferredPodTerm(
  spec: PodSpec,
  field: 'podAffinity' | 'podAntiAffinity',
): Relaxation | undefined {
  const affinity: PodAffinity | undefined = spec.affinity?.[field];
  const terms = affinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
  if (!affinity || terms.length === 0) return undefined;
  const [heaviest, ...rest] = byWeightDescending(terms);
  const anti = field === 'podAntiAffinity';
  return {
    spec: withAffinity(spec, {
      [field]: { ...affinity, preferredDuringSchedulingIgnoredDuringExecution: rest },
    }),
    step: anti ? 'preferredPodAntiAffinity' : 'preferredPodAffinity',
    relaxed: `the preferred pod ${anti ? 'anti-affinity' : 'affinity'} term of weight ${heaviest!.weight}`,
  };
}

/** Step 4: the heaviest preferred node-affinity term; the next heaviest then counts as required. */
function removePreferredNodeAffinityTerm(spec: PodSpec): Relaxation | undefined {
  const nodeAffinity = spec.affinity?.nodeAffinity;
  const terms = nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
  if (!nodeAffinity || terms.length === 0) return undefined;
  const [heaviest, ...rest] = byWeightDescending(terms);
  return {
    spec: withAffinity(spec, {
      nodeAffinity: { ...nodeAffinity, preferredDuringSchedulingIgnoredDuringExecution: rest },
    }),
    step: 'preferredNodeAffinity',
    relaxed: `the preferred node-affinity term of weight ${heaviest!.weight} (${describeTerm(heaviest!.preference)})`,
  };
}

/**
 * Step 5: the first `ScheduleAnyway` spread constraint. Karpenter moves the last constraint into
 * its place (swap-remove), so the order of the rest changes the same way here.
 */
function removeScheduleAnywaySpread(spec: PodSpec): Relaxation | undefined {
  const constraints = spec.topologySpreadConstraints ?? [];
  const index = constraints.findIndex((c) => c.whenUnsatisfiable === 'ScheduleAnyway');
  if (index < 0) return undefined;
  const removed = constraints[index]!;
  const rest = constraints.slice(0, -1);
  if (index < rest.length) rest[index] = constraints[constraints.length - 1]!;
  return {
    spec: { ...spec, topologySpreadConstraints: rest },
    step: 'scheduleAnywaySpread',
    relaxed: `the ScheduleAnyway topology spread on ${removed.topologyKey}`,
  };
}

/** `Toleration.MatchToleration`: the same toleration, field for field. */
function sameToleration(a: Toleration, b: Toleration): boolean {
  return (
    (a.key ?? '') === (b.key ?? '') &&
    (a.operator ?? '') === (b.operator ?? '') &&
    (a.value ?? '') === (b.value ?? '') &&
    (a.effect ?? '') === (b.effect ?? '')
  );
}

/** Step 6: tolerate every PreferNoSchedule taint, unless the pod already does exactly that. */
function addPreferNoScheduleToleration(spec: PodSpec): Relaxation | undefined {
  const tolerations = spec.tolerations ?? [];
  if (tolerations.some((t) => sameToleration(t, PREFER_NO_SCHEDULE_TOLERATION))) return undefined;
  return {
    spec: { ...spec, tolerations: [...tolerations, { ...PREFER_NO_SCHEDULE_TOLERATION }] },
    step: 'preferNoScheduleToleration',
    relaxed: 'the PreferNoSchedule taints, now tolerated',
  };
}

/**
 * One relaxation step, or undefined when nothing is left to relax (the failure is final).
 * `anyPoolPrefersNoSchedule` is Karpenter's `Preferences.ToleratePreferNoSchedule`: true only when
 * some NodePool has a PreferNoSchedule taint, since the toleration helps nowhere else.
 */
export function relax(spec: PodSpec, anyPoolPrefersNoSchedule: boolean): Relaxation | undefined {
  return (
    removeRequiredNodeAffinityTerm(spec) ??
    removePreferredPodTerm(spec, 'podAffinity') ??
    removePreferredPodTerm(spec, 'podAntiAffinity') ??
    removePreferredNodeAffinityTerm(spec) ??
    removeScheduleAnywaySpread(spec) ??
    (anyPoolPrefersNoSchedule ? addPreferNoScheduleToleration(spec) : undefined)
  );
}
