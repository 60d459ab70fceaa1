import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf, migProfile } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import { untaintedGpuPools } from './untaintedGpuPools';

const FAMILY = 'karpenter.k8s.aws/instance-family';

describe('untaintedGpuPools', () => {
  it('finds nothing in the example design', () => {
    expect(untaintedGpuPools(exampleDesign(), CATALOG)).toEqual([]);
  });

  it('warns about a GPU-family pool without a taint, at the taints', () => {
    const problems = untaintedGpuPools(
      designOf(poolWith('gpu', [requirement(FAMILY, 'In', 'g5', 'g6e')])),
      CATALOG,
    );
    expect(problems).toMatchObject([
      {
        severity: 'warning',
        resourceId: 'np-gpu',
        path: 'spec.template.spec.taints',
        rule: 'gpu-pool-untainted',
      },
    ]);
    expect(problems[0]?.message).toBe(
      'NodePool "gpu" launches only GPU instances but has no NoSchedule taint: pods that need no GPU land on its costly nodes too, taking room from GPU pods and keeping the nodes from scaling down. Add a taint such as nvidia.com/gpu=true:NoSchedule and tolerate it in GPU workloads.',
    );
  });

  it('warns about a pool that requires a GPU label', () => {
    const pool = poolWith('gpu', [requirement('karpenter.k8s.aws/instance-gpu-count', 'Gt', '0')]);
    expect(untaintedGpuPools(designOf(pool), CATALOG)).toHaveLength(1);
  });

  it('warns about a pool of GPU categories only', () => {
    const pool = poolWith('gpu', [
      requirement('karpenter.k8s.aws/instance-category', 'In', 'g', 'p'),
    ]);
    expect(untaintedGpuPools(designOf(pool), CATALOG)).toHaveLength(1);
  });

  it('suggests the Neuron resource for Trainium pools', () => {
    const pool = poolWith('trn', [requirement(FAMILY, 'In', 'trn1')]);
    expect(untaintedGpuPools(designOf(pool), CATALOG)[0]?.message).toContain(
      'aws.amazon.com/neuron=true:NoSchedule',
    );
  });

  it('accepts a GPU pool with a NoSchedule taint', () => {
    const pool = poolWith('gpu', [requirement(FAMILY, 'In', 'g5')], {
      template: { taints: [{ key: 'nvidia.com/gpu', effect: 'NoSchedule' }] },
    });
    expect(untaintedGpuPools(designOf(pool), CATALOG)).toEqual([]);
  });

  it('counts the taint an attached MIG profile adds on export', () => {
    const profile = migProfile('h100');
    const pool = {
      ...poolWith('mig', [requirement(FAMILY, 'In', 'p5')]),
      migProfileId: profile.id,
    };
    expect(untaintedGpuPools(designOf(profile, pool), CATALOG)).toEqual([]);
  });

  it('accepts pools that mix GPU and CPU families', () => {
    const pool = poolWith('mixed', [requirement(FAMILY, 'In', 'g5', 'm7i')]);
    expect(untaintedGpuPools(designOf(pool), CATALOG)).toEqual([]);
  });

  it('says nothing until the catalog has loaded', () => {
    expect(untaintedGpuPools(designOf(poolWith('gpu', [requirement(FAMILY, 'In', 'g5')])))).toEqual(
      [],
    );
  });

  it('counts the fractional-GPU family g6f, which Karpenter gives no nvidia.com/gpu', () => {
    const pool = poolWith('gpu', [requirement(FAMILY, 'In', 'g6f')]);
    expect(untaintedGpuPools(designOf(pool), CATALOG)[0]?.message).toContain(
      'nvidia.com/gpu=true:NoSchedule',
    );
  });

  it('does not count PreferNoSchedule, which only discourages', () => {
    const pool = poolWith('gpu', [requirement(FAMILY, 'In', 'g5')], {
      template: { taints: [{ key: 'nvidia.com/gpu', effect: 'PreferNoSchedule' }] },
    });
    expect(untaintedGpuPools(designOf(pool), CATALOG)).toHaveLength(1);
  });
});
