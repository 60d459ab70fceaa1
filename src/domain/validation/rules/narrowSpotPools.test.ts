import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import { MIN_SPOT_INSTANCE_TYPES, narrowSpotPools } from './narrowSpotPools';

const CAPACITY = 'karpenter.sh/capacity-type';
const TYPE = 'node.kubernetes.io/instance-type';
const FAMILY = 'karpenter.k8s.aws/instance-family';
const SIZE = 'karpenter.k8s.aws/instance-size';
const spot = requirement(CAPACITY, 'In', 'spot');

/** Real m5 and c5 types: the catalog counts only types that exist. */
function typesNamed(count: number): string[] {
  const sizes = ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge'];
  return ['m5', 'c5'].flatMap((family) => sizes.map((size) => `${family}.${size}`)).slice(0, count);
}

describe('narrowSpotPools', () => {
  it('finds nothing in the example design', () => {
    expect(narrowSpotPools(exampleDesign(), CATALOG)).toEqual([]);
  });

  it('warns about a spot-only pool with two instance types, at the instance-type requirement', () => {
    const pool = poolWith('batch', [spot, requirement(TYPE, 'In', 'g5.xlarge', 'g5.2xlarge')]);
    const problems = narrowSpotPools(designOf(pool), CATALOG);
    expect(problems).toMatchObject([
      {
        severity: 'warning',
        resourceId: 'np-batch',
        path: 'spec.template.spec.requirements[1]',
        rule: 'spot-few-instance-types',
      },
    ]);
    expect(problems[0]?.message).toBe(
      'NodePool "batch" is spot-only and can launch only 2 instance types (g5.xlarge, g5.2xlarge): when Spot reclaims those, its pods stay Pending until that capacity returns. Allow at least 10 types (widen node.kubernetes.io/instance-type In [g5.xlarge, g5.2xlarge]), or on-demand as a fallback.',
    );
  });

  it('warns about a single family in a single size', () => {
    const pool = poolWith('batch', [
      spot,
      requirement(FAMILY, 'In', 'c7i'),
      requirement(SIZE, 'In', '4xlarge'),
    ]);
    expect(narrowSpotPools(designOf(pool), CATALOG)[0]?.message).toContain(
      'can launch only 1 instance type (c7i.4xlarge)',
    );
  });

  it(`accepts ${MIN_SPOT_INSTANCE_TYPES} instance types`, () => {
    const pool = poolWith('batch', [
      spot,
      requirement(TYPE, 'In', ...typesNamed(MIN_SPOT_INSTANCE_TYPES)),
    ]);
    expect(narrowSpotPools(designOf(pool), CATALOG)).toEqual([]);
  });

  it('warns one type short of the threshold', () => {
    const pool = poolWith('batch', [
      spot,
      requirement(TYPE, 'In', ...typesNamed(MIN_SPOT_INSTANCE_TYPES - 1)),
    ]);
    expect(narrowSpotPools(designOf(pool), CATALOG)).toHaveLength(1);
  });

  it('accepts few types when on-demand is a fallback', () => {
    const pool = poolWith('batch', [
      requirement(CAPACITY, 'In', 'spot', 'on-demand'),
      requirement(TYPE, 'In', 'g5.xlarge'),
    ]);
    expect(narrowSpotPools(designOf(pool), CATALOG)).toEqual([]);
  });

  it('accepts a few families with every size', () => {
    const pool = poolWith('batch', [spot, requirement(FAMILY, 'In', 'g5', 'g6')]);
    expect(narrowSpotPools(designOf(pool), CATALOG)).toEqual([]);
  });

  // The family table could not count these: a GPU count and an architecture leave few types.
  it('counts the types other requirements leave, naming the narrowest requirement', () => {
    const pool = poolWith('batch', [
      spot,
      requirement('kubernetes.io/arch', 'In', 'arm64'),
      requirement('karpenter.k8s.aws/instance-gpu-count', 'Gt', '0'),
    ]);
    const [problem] = narrowSpotPools(designOf(pool), CATALOG);
    expect(problem?.message).toContain(
      'can launch only 6 instance types (g5g.xlarge, g5g.2xlarge, g5g.4xlarge, g5g.8xlarge, g5g.16xlarge, g5g.metal)',
    );
    expect(problem?.path).toBe('spec.template.spec.requirements[2]');
  });

  it('says nothing until the catalog has loaded', () => {
    const pool = poolWith('batch', [spot, requirement(TYPE, 'In', 'g5.xlarge')]);
    expect(narrowSpotPools(designOf(pool))).toEqual([]);
  });
});
