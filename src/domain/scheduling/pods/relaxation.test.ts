import { describe, expect, it } from 'vitest';
import { podRequirements } from './podRequirements';
import { relax, type Relaxation, type RelaxationStep } from './relaxation';
import type { NodeSelectorTerm, PodSpec } from './workload';

const ZONE = 'topology.kubernetes.io/zone';

function zoneTerm(zone: string): NodeSelectorTerm {
  return { matchExpressions: [{ key: ZONE, operator: 'In', values: [zone] }] };
}

function podTerm(weight: number, app: string) {
  return {
    weight,
    podAffinityTerm: { topologyKey: ZONE, labelSelector: { matchLabels: { app } } },
  };
}

/** A pod with one of every soft constraint, and two required terms. */
const EVERYTHING: PodSpec = {
  containers: [],
  affinity: {
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [zoneTerm('us-east-1a'), zoneTerm('us-east-1b')],
      },
      preferredDuringSchedulingIgnoredDuringExecution: [
        { weight: 10, preference: zoneTerm('light') },
        { weight: 90, preference: zoneTerm('heavy') },
      ],
    },
    podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [podTerm(5, 'cache')] },
    podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [podTerm(7, 'web')] },
  },
  topologySpreadConstraints: [
    { maxSkew: 1, topologyKey: ZONE, whenUnsatisfiable: 'DoNotSchedule' },
    { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway' },
  ],
};

function relaxAll(spec: PodSpec, anyPoolPrefersNoSchedule: boolean): Relaxation[] {
  const steps: Relaxation[] = [];
  for (
    let next = relax(spec, anyPoolPrefersNoSchedule);
    next;
    next = relax(next.spec, anyPoolPrefersNoSchedule)
  ) {
    steps.push(next);
  }
  return steps;
}

describe('relax (Preferences.Relax, spec 1.10)', () => {
  it("relaxes one constraint per call in Karpenter's order", () => {
    const steps = relaxAll(EVERYTHING, true).map((r) => r.step);
    expect(steps).toEqual<RelaxationStep[]>([
      'requiredNodeAffinityTerm',
      'preferredPodAffinity',
      'preferredPodAntiAffinity',
      'preferredNodeAffinity',
      'preferredNodeAffinity',
      'scheduleAnywaySpread',
      'preferNoScheduleToleration',
    ]);
  });

  it('says in words what each step relaxed', () => {
    expect(relaxAll(EVERYTHING, true).map((r) => r.relaxed)).toEqual([
      `the first required node-affinity term (${ZONE} In [us-east-1a]), trying the next one`,
      'the preferred pod affinity term of weight 5',
      'the preferred pod anti-affinity term of weight 7',
      `the preferred node-affinity term of weight 90 (${ZONE} In [heavy])`,
      `the preferred node-affinity term of weight 10 (${ZONE} In [light])`,
      'the ScheduleAnyway topology spread on kubernetes.io/hostname',
      'the PreferNoSchedule taints, now tolerated',
    ]);
  });

  it('never removes the last required term', () => {
    const spec: PodSpec = {
      containers: [],
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [zoneTerm('a')] },
        },
      },
    };
    expect(relax(spec, false)).toBeUndefined();
  });

  it('makes the next required term the one that counts', () => {
    const next = relax(EVERYTHING, false)!;
    expect(podRequirements(next.spec).strictRequirements).toEqual([
      { key: ZONE, operator: 'In', values: ['us-east-1b'] },
    ]);
  });

  it('makes the next heaviest preferred node-affinity term the one treated as required', () => {
    const spec: PodSpec = {
      containers: [],
      affinity: {
        nodeAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            { weight: 10, preference: zoneTerm('light') },
            { weight: 90, preference: zoneTerm('heavy') },
            { weight: 50, preference: zoneTerm('middle') },
          ],
        },
      },
    };
    const once = relax(spec, false)!;
    expect(podRequirements(once.spec).requirements).toEqual([
      { key: ZONE, operator: 'In', values: ['middle'] },
    ]);
    const twice = relax(once.spec, false)!;
    expect(podRequirements(twice.spec).requirements).toEqual([
      { key: ZONE, operator: 'In', values: ['light'] },
    ]);
    expect(relax(twice.spec, false)!.step).toBe('preferredNodeAffinity');
  });

  it('removes ScheduleAnyway spreads one at a time, never DoNotSchedule ones', () => {
    const spec: PodSpec = {
      containers: [],
      topologySpreadConstraints: [
        { maxSkew: 1, topologyKey: 'a', whenUnsatisfiable: 'ScheduleAnyway' },
        { maxSkew: 1, topologyKey: 'b', whenUnsatisfiable: 'DoNotSchedule' },
        { maxSkew: 1, topologyKey: 'c', whenUnsatisfiable: 'ScheduleAnyway' },
      ],
    };
    const once = relax(spec, false)!;
    // Karpenter's swap-remove: the last constraint takes the removed one's place.
    expect(once.spec.topologySpreadConstraints?.map((c) => c.topologyKey)).toEqual(['c', 'b']);
    const twice = relax(once.spec, false)!;
    expect(twice.spec.topologySpreadConstraints?.map((c) => c.topologyKey)).toEqual(['b']);
    expect(relax(twice.spec, false)).toBeUndefined();
  });

  it('adds the PreferNoSchedule toleration only when some pool has such a taint', () => {
    expect(relax({ containers: [] }, false)).toBeUndefined();
    expect(relax({ containers: [] }, true)?.spec.tolerations).toEqual([
      { operator: 'Exists', effect: 'PreferNoSchedule' },
    ]);
  });

  it('does not add the toleration twice', () => {
    const spec: PodSpec = {
      containers: [],
      tolerations: [{ operator: 'Exists', effect: 'PreferNoSchedule' }],
    };
    expect(relax(spec, true)).toBeUndefined();
  });

  it('leaves the input spec untouched', () => {
    const before = JSON.stringify(EVERYTHING);
    relaxAll(EVERYTHING, true);
    expect(JSON.stringify(EVERYTHING)).toBe(before);
  });
});
