import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { MIN_SPOT_INSTANCE_TYPES, narrowSpotPools } from './narrowSpotPools';

const CAPACITY = 'karpenter.sh/capacity-type';
const TYPE = 'node.kubernetes.io/instance-type';
const FAMILY = 'karpenter.k8s.aws/instance-family';
const SIZE = 'karpenter.k8s.aws/instance-size';
const spot = requirement(CAPACITY, 'In', 'spot');

function typesNamed(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `m5.size${i}`);
}

describe('narrowSpotPools', () => {
  it('finds nothing in the example design', () => {
    expect(narrowSpotPools(exampleDesign())).toEqual([]);
  });

  it('warns about a spot-only pool with two instance types, at the instance-type requirement', () => {
    const pool = poolWith('batch', [spot, requirement(TYPE, 'In', 'g5.xlarge', 'g5.2xlarge')]);
    const problems = narrowSpotPools(designOf(pool));
    expect(problems).toMatchObject([
      {
        severity: 'warning',
        resourceId: 'np-batch',
        path: 'spec.template.spec.requirements[1]',
        rule: 'spot-few-instance-types',
      },
    ]);
    expect(problems[0]?.message).toBe(
      'NodePool "batch" is spot-only with at most 2 instance types (g5.xlarge, g5.2xlarge): when Spot reclaims those, its pods stay Pending until that capacity returns. Allow at least 10 types (more families or sizes), or on-demand as a fallback.',
    );
  });

  it('warns about a single family in a single size', () => {
    const pool = poolWith('batch', [
      spot,
      requirement(FAMILY, 'In', 'c7i'),
      requirement(SIZE, 'In', '4xlarge'),
    ]);
    expect(narrowSpotPools(designOf(pool))[0]?.message).toContain(
      'at most 1 instance type (c7i in 4xlarge)',
    );
  });

  it(`accepts ${MIN_SPOT_INSTANCE_TYPES} instance types`, () => {
    const pool = poolWith('batch', [
      spot,
      requirement(TYPE, 'In', ...typesNamed(MIN_SPOT_INSTANCE_TYPES)),
    ]);
    expect(narrowSpotPools(designOf(pool))).toEqual([]);
  });

  it('warns one type short of the threshold', () => {
    const pool = poolWith('batch', [
      spot,
      requirement(TYPE, 'In', ...typesNamed(MIN_SPOT_INSTANCE_TYPES - 1)),
    ]);
    expect(narrowSpotPools(designOf(pool))).toHaveLength(1);
  });

  it('accepts few types when on-demand is a fallback', () => {
    const pool = poolWith('batch', [
      requirement(CAPACITY, 'In', 'spot', 'on-demand'),
      requirement(TYPE, 'In', 'g5.xlarge'),
    ]);
    expect(narrowSpotPools(designOf(pool))).toEqual([]);
  });

  it('accepts a few families with every size, which it cannot count', () => {
    const pool = poolWith('batch', [spot, requirement(FAMILY, 'In', 'g5', 'g6')]);
    expect(narrowSpotPools(designOf(pool))).toEqual([]);
  });
});
