import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import type { NodePoolResource } from '../../design/types';
import type { Taint } from '../../karpenter/model/types';
import { designOf, migProfile } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import { overlappingPools } from './overlappingPools';

const ARCH = 'kubernetes.io/arch';
const CAPACITY = 'karpenter.sh/capacity-type';
const gpuTaint: Taint = { key: 'nvidia.com/gpu', effect: 'NoSchedule' };

function rulesFor(...pools: NodePoolResource[]): string[] {
  return overlappingPools(designOf(...pools), CATALOG).map((p) => `${p.resourceId}:${p.rule}`);
}

describe('overlappingPools', () => {
  it('finds nothing in the example design', () => {
    expect(overlappingPools(exampleDesign(), CATALOG)).toEqual([]);
  });

  it('warns on both pools when two unweighted pools can take the same pods', () => {
    const a = poolWith('general', [requirement(ARCH, 'In', 'amd64')]);
    const b = poolWith('backup', [requirement(CAPACITY, 'In', 'on-demand')]);
    const problems = overlappingPools(designOf(a, b), CATALOG);
    expect(problems.map((p) => [p.resourceId, p.path, p.severity, p.rule])).toEqual([
      ['np-general', 'spec.weight', 'warning', 'nodepools-overlap'],
      ['np-backup', 'spec.weight', 'warning', 'nodepools-overlap'],
    ]);
    expect(problems[0]?.message).toBe(
      'NodePool "general" can take the same pods as NodePool "backup": neither has a weight, their requirements overlap and no taint sets them apart. "general" wins: same weight, and Karpenter breaks ties by name in reverse order, so it takes every pod both can take, and renaming a pool changes that. Give the pool you prefer a higher spec.weight, or make them exclusive with a taint or disjoint requirements.',
    );
    expect(problems[1]?.message).toContain(
      '"general" wins: same weight, and Karpenter breaks ties by name in reverse order, so "backup" gets only the pods "general" cannot take',
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
    expect(overlappingPools(designOf(a, b), CATALOG)[0]?.message).toContain('both have weight 10');
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
    expect(overlappingPools(designOf(profile, a, b), CATALOG)).toEqual([]);
  });

  it('ignores PreferNoSchedule, which does not keep pods off', () => {
    const a = poolWith('a', [], {
      template: { taints: [{ key: 'x', effect: 'PreferNoSchedule' }] },
    });
    const b = poolWith('b', []);
    expect(rulesFor(a, b)).toHaveLength(2);
  });

  // spec 1.4: OrderByWeight sorts equal weights by name descending, never at random.
  it('names the pool last in the alphabet as the winner among three', () => {
    const pools = ['alpha', 'zulu', 'mike'].map((name) =>
      poolWith(name, [], { spec: { weight: 5 } }),
    );
    const problems = overlappingPools(designOf(...pools), CATALOG);
    expect(problems).toHaveLength(3);
    for (const problem of problems) expect(problem.message).toContain('"zulu" wins');
  });

  it('accepts pools whose template labels set them apart', () => {
    const labelled = (name: string, arch: string) => {
      const pool = poolWith(name, []);
      const template = { ...pool.manifest.spec.template, metadata: { labels: { [ARCH]: arch } } };
      return { ...pool, manifest: { ...pool.manifest, spec: { ...pool.manifest.spec, template } } };
    };
    expect(rulesFor(labelled('x86', 'amd64'), labelled('arm', 'arm64'))).toEqual([]);
  });

  it('says nothing until the catalog has loaded', () => {
    expect(overlappingPools(designOf(poolWith('a', []), poolWith('b', [])))).toEqual([]);
  });

  it('leaves static pools alone', () => {
    const a = poolWith('static', [], { spec: { replicas: 2, limits: undefined } });
    const b = poolWith('dynamic', []);
    expect(rulesFor(a, b)).toEqual([]);
  });
});
