import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import type { NodePoolResource } from '../../design/types';
import type { Taint } from '../../karpenter/model/types';
import { designOf, migProfile } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { overlappingPools } from './overlappingPools';

const ARCH = 'kubernetes.io/arch';
const CAPACITY = 'karpenter.sh/capacity-type';
const gpuTaint: Taint = { key: 'nvidia.com/gpu', effect: 'NoSchedule' };

function rulesFor(...pools: NodePoolResource[]): string[] {
  return overlappingPools(designOf(...pools)).map((p) => `${p.resourceId}:${p.rule}`);
}

describe('overlappingPools', () => {
  it('finds nothing in the example design', () => {
    expect(overlappingPools(exampleDesign())).toEqual([]);
  });

  it('warns on both pools when two unweighted pools can take the same pods', () => {
    const a = poolWith('general', [requirement(ARCH, 'In', 'amd64')]);
    const b = poolWith('backup', [requirement(CAPACITY, 'In', 'on-demand')]);
    const problems = overlappingPools(designOf(a, b));
    expect(problems.map((p) => [p.resourceId, p.path, p.severity, p.rule])).toEqual([
      ['np-general', 'spec.weight', 'warning', 'nodepools-overlap'],
      ['np-backup', 'spec.weight', 'warning', 'nodepools-overlap'],
    ]);
    expect(problems[0]?.message).toBe(
      'NodePool "general" can take the same pods as NodePool "backup": neither has a weight, their requirements overlap and no taint sets them apart, so Karpenter picks between them at random. Give one a higher spec.weight, or make them exclusive with a taint or disjoint requirements.',
    );
  });

  it('accepts pools that differ in weight', () => {
    const a = poolWith('a', [], { spec: { weight: 10 } });
    const b = poolWith('b', [], { spec: { weight: 20 } });
    expect(rulesFor(a, b)).toEqual([]);
  });

  it('warns about pools of the same explicit weight', () => {
    const a = poolWith('a', [], { spec: { weight: 10 } });
    const b = poolWith('b', [], { spec: { weight: 10 } });
    expect(overlappingPools(designOf(a, b))[0]?.message).toContain('both have weight 10');
  });

  it('accepts pools with disjoint values on a shared key', () => {
    const a = poolWith('x86', [requirement(ARCH, 'In', 'amd64')]);
    const b = poolWith('arm', [requirement(ARCH, 'In', 'arm64')]);
    expect(rulesFor(a, b)).toEqual([]);
  });

  it('accepts pools whose listed families the other pool rules out', () => {
    const a = poolWith('gpu', [requirement('karpenter.k8s.aws/instance-family', 'In', 'g5')]);
    const b = poolWith('cpu', [requirement('karpenter.k8s.aws/instance-category', 'In', 'c', 'm')]);
    expect(rulesFor(a, b)).toEqual([]);
  });

  it('accepts pools a taint sets apart', () => {
    const a = poolWith('gpu', [], { template: { taints: [gpuTaint] } });
    const b = poolWith('cpu', []);
    expect(rulesFor(a, b)).toEqual([]);
  });

  it('warns about pools with the same taint', () => {
    const a = poolWith('gpu-a', [], { template: { taints: [gpuTaint] } });
    const b = poolWith('gpu-b', [], { template: { taints: [gpuTaint] } });
    expect(rulesFor(a, b)).toEqual(['np-gpu-a:nodepools-overlap', 'np-gpu-b:nodepools-overlap']);
  });

  it('counts the taint an attached MIG profile adds on export', () => {
    const profile = migProfile('h100');
    const a = {
      ...poolWith('mig', [], { template: { taints: [gpuTaint] } }),
      migProfileId: profile.id,
    };
    const b = poolWith('full', [], { template: { taints: [gpuTaint] } });
    expect(overlappingPools(designOf(profile, a, b))).toEqual([]);
  });

  it('ignores PreferNoSchedule, which does not keep pods off', () => {
    const a = poolWith('a', [], {
      template: { taints: [{ key: 'x', effect: 'PreferNoSchedule' }] },
    });
    const b = poolWith('b', []);
    expect(rulesFor(a, b)).toHaveLength(2);
  });

  it('leaves static pools alone', () => {
    const a = poolWith('static', [], { spec: { replicas: 2, limits: undefined } });
    const b = poolWith('dynamic', []);
    expect(rulesFor(a, b)).toEqual([]);
  });
});
