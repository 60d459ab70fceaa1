import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { contradictoryRequirements } from './contradictoryRequirements';

const CAPACITY = 'karpenter.sh/capacity-type';
const CPU = 'karpenter.k8s.aws/instance-cpu';

describe('contradictoryRequirements', () => {
  it('finds nothing in the example design', () => {
    expect(contradictoryRequirements(exampleDesign())).toEqual([]);
  });

  it('warns about In [spot] with NotIn [spot], at the later requirement', () => {
    const pool = poolWith('spot', [
      requirement(CAPACITY, 'In', 'spot'),
      requirement('kubernetes.io/os', 'In', 'linux'),
      requirement(CAPACITY, 'NotIn', 'spot'),
    ]);
    const problems = contradictoryRequirements(designOf(pool));
    expect(problems).toMatchObject([
      {
        severity: 'warning',
        resourceId: 'np-spot',
        path: 'spec.template.spec.requirements[2]',
        rule: 'requirements-contradictory',
      },
    ]);
    expect(problems[0]?.message).toBe(
      'NodePool "spot" requires karpenter.sh/capacity-type In [spot] and karpenter.sh/capacity-type NotIn [spot]: no value of karpenter.sh/capacity-type meets them all, so Karpenter can launch no node for it. Remove or widen one of them.',
    );
  });

  it('warns about two In lists with nothing in common', () => {
    const pool = poolWith('arch', [
      requirement('kubernetes.io/arch', 'In', 'amd64'),
      requirement('kubernetes.io/arch', 'In', 'arm64'),
    ]);
    expect(contradictoryRequirements(designOf(pool)).map((p) => p.rule)).toEqual([
      'requirements-contradictory',
    ]);
  });

  it('warns about an empty Gt/Lt range', () => {
    const pool = poolWith('cpu', [requirement(CPU, 'Gt', '8'), requirement(CPU, 'Lt', '4')]);
    expect(contradictoryRequirements(designOf(pool))[0]?.message).toContain(
      'requires karpenter.k8s.aws/instance-cpu Gt 8 and karpenter.k8s.aws/instance-cpu Lt 4',
    );
  });

  it('warns about Exists with DoesNotExist', () => {
    const key = 'karpenter.k8s.aws/instance-gpu-count';
    const pool = poolWith('gpu', [requirement(key, 'Exists'), requirement(key, 'DoesNotExist')]);
    expect(contradictoryRequirements(designOf(pool))).toHaveLength(1);
  });

  it('accepts requirements that narrow each other without emptying the key', () => {
    const pool = poolWith('ok', [
      requirement(CAPACITY, 'In', 'spot', 'on-demand'),
      requirement(CAPACITY, 'NotIn', 'spot'),
      requirement(CPU, 'Gt', '4'),
      requirement(CPU, 'Lt', '64'),
    ]);
    expect(contradictoryRequirements(designOf(pool))).toEqual([]);
  });
});
