import { describe, expect, it } from 'vitest';
import { podRequirements } from './podRequirements';
import type { NodeSelectorTerm, PodSpec, PreferredSchedulingTerm } from './workload';

const ZONE = 'topology.kubernetes.io/zone';
const ARCH = 'kubernetes.io/arch';

function term(key: string, operator: string, ...values: string[]): NodeSelectorTerm {
  return { matchExpressions: [values.length > 0 ? { key, operator, values } : { key, operator }] };
}

function preferred(weight: number, preference: NodeSelectorTerm): PreferredSchedulingTerm {
  return { weight, preference };
}

function podWith(
  required: NodeSelectorTerm[] = [],
  prefs: PreferredSchedulingTerm[] = [],
  nodeSelector?: Record<string, string>,
): PodSpec {
  return {
    containers: [],
    ...(nodeSelector && { nodeSelector }),
    affinity: {
      nodeAffinity: {
        ...(required.length > 0 && {
          requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: required },
        }),
        ...(prefs.length > 0 && { preferredDuringSchedulingIgnoredDuringExecution: prefs }),
      },
    },
  };
}

describe('podRequirements (spec 1.3)', () => {
  it('turns each nodeSelector entry into key In [value]', () => {
    const spec: PodSpec = { containers: [], nodeSelector: { [ARCH]: 'arm64', team: 'a' } };
    expect(podRequirements(spec).requirements).toEqual([
      { key: ARCH, operator: 'In', values: ['arm64'] },
      { key: 'team', operator: 'In', values: ['a'] },
    ]);
  });

  it('adds only the first required node-affinity term to the nodeSelector', () => {
    const spec = podWith([term(ZONE, 'In', 'us-east-1a'), term(ZONE, 'In', 'us-east-1b')], [], {
      [ARCH]: 'amd64',
    });
    expect(podRequirements(spec).strictRequirements).toEqual([
      { key: ARCH, operator: 'In', values: ['amd64'] },
      { key: ZONE, operator: 'In', values: ['us-east-1a'] },
    ]);
  });

  it('treats the heaviest preferred term as required, and only that one', () => {
    const spec = podWith(
      [],
      [preferred(10, term(ZONE, 'In', 'light')), preferred(90, term(ZONE, 'In', 'heavy'))],
    );
    expect(podRequirements(spec).requirements).toEqual([
      { key: ZONE, operator: 'In', values: ['heavy'] },
    ]);
  });

  it('keeps the written order between equal weights', () => {
    const spec = podWith(
      [],
      [preferred(50, term(ARCH, 'In', 'first')), preferred(50, term(ARCH, 'In', 'second'))],
    );
    expect(podRequirements(spec).requirements).toEqual([
      { key: ARCH, operator: 'In', values: ['first'] },
    ]);
  });

  it('leaves the preference out of the strict requirements', () => {
    const spec = podWith([term(ARCH, 'In', 'arm64')], [preferred(1, term(ZONE, 'In', 'a'))]);
    expect(podRequirements(spec).strictRequirements).toEqual([
      { key: ARCH, operator: 'In', values: ['arm64'] },
    ]);
    expect(podRequirements(spec).requirements).toHaveLength(2);
  });

  it.each([
    ['failure-domain.beta.kubernetes.io/zone', ZONE],
    ['failure-domain.beta.kubernetes.io/region', 'topology.kubernetes.io/region'],
    ['beta.kubernetes.io/arch', ARCH],
    ['beta.kubernetes.io/os', 'kubernetes.io/os'],
    ['beta.kubernetes.io/instance-type', 'node.kubernetes.io/instance-type'],
  ])('normalises the deprecated key %s to %s', (deprecated, stable) => {
    const fromSelector = podRequirements({ containers: [], nodeSelector: { [deprecated]: 'x' } });
    const fromAffinity = podRequirements(podWith([term(deprecated, 'Exists')]));
    expect(fromSelector.requirements[0]?.key).toBe(stable);
    expect(fromAffinity.requirements[0]?.key).toBe(stable);
  });

  it('keeps Exists without values and Gt with its value', () => {
    const spec = podWith([
      {
        matchExpressions: [
          { key: 'example.com/gpu', operator: 'Exists' },
          { key: 'karpenter.k8s.aws/instance-generation', operator: 'Gt', values: ['5'] },
        ],
      },
    ]);
    expect(podRequirements(spec).requirements).toEqual([
      { key: 'example.com/gpu', operator: 'Exists' },
      { key: 'karpenter.k8s.aws/instance-generation', operator: 'Gt', values: ['5'] },
    ]);
  });

  it('asks nothing of a pod without selector or node affinity', () => {
    expect(podRequirements({ containers: [] })).toEqual({
      requirements: [],
      strictRequirements: [],
    });
  });
});
