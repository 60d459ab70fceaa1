import { describe, expect, it } from 'vitest';
import { requirement } from '../../../../test/fixtures/nodePoolBuilders';
import {
  admitsAbsence,
  admitsNothing,
  admitsNumberAtLeast,
  admitsValue,
  admittedValues,
  describeRequirement,
  labelConstraints,
} from './labelConstraints';

const ARCH = 'kubernetes.io/arch';
const CPU = 'karpenter.k8s.aws/instance-cpu';

function constraintOn(key: string, ...requirements: ReturnType<typeof requirement>[]) {
  const c = labelConstraints(requirements).get(key);
  if (!c) throw new Error(`no constraint on ${key}`);
  return c;
}

describe('labelConstraints', () => {
  it('intersects In lists on the same key, as Karpenter ANDs requirements', () => {
    const c = constraintOn(
      ARCH,
      requirement(ARCH, 'In', 'amd64', 'arm64'),
      requirement(ARCH, 'In', 'arm64'),
    );
    expect(admittedValues(c)).toEqual(['arm64']);
    expect(c.indexes).toEqual([0, 1]);
  });

  it('lets NotIn remove values from an In list', () => {
    const c = constraintOn(
      ARCH,
      requirement(ARCH, 'In', 'amd64', 'arm64'),
      requirement(ARCH, 'NotIn', 'amd64'),
    );
    expect(admittedValues(c)).toEqual(['arm64']);
    expect(admitsValue(c, 'amd64')).toBe(false);
  });

  it('finds nothing admitted by In [a] with NotIn [a]', () => {
    const c = constraintOn(
      ARCH,
      requirement(ARCH, 'In', 'arm64'),
      requirement(ARCH, 'NotIn', 'arm64'),
    );
    expect(admitsNothing(c)).toBe(true);
  });

  it('finds nothing admitted by Exists with DoesNotExist', () => {
    const c = constraintOn(ARCH, requirement(ARCH, 'Exists'), requirement(ARCH, 'DoesNotExist'));
    expect(admitsNothing(c)).toBe(true);
  });

  it('turns Gt and Lt into inclusive whole-number bounds', () => {
    const c = constraintOn(CPU, requirement(CPU, 'Gt', '4'), requirement(CPU, 'Lt', '8'));
    expect([c.min, c.max]).toEqual([5, 7]);
    expect(admitsValue(c, '4')).toBe(false);
    expect(admitsValue(c, '6')).toBe(true);
    expect(admitsNothing(c)).toBe(false);
  });

  it('finds an empty range empty', () => {
    expect(
      admitsNothing(constraintOn(CPU, requirement(CPU, 'Gt', '8'), requirement(CPU, 'Lt', '4'))),
    ).toBe(true);
    expect(admitsNothing(constraintOn(CPU, requirement(CPU, 'Lt', '0')))).toBe(true);
  });

  it('finds a range empty when NotIn removes every number in it', () => {
    const c = constraintOn(
      CPU,
      requirement(CPU, 'Gte', '2'),
      requirement(CPU, 'Lte', '3'),
      requirement(CPU, 'NotIn', '2', '3'),
    );
    expect(admitsNothing(c)).toBe(true);
  });

  it('does not treat NotIn alone as empty: nodes without the label still match', () => {
    const c = constraintOn(ARCH, requirement(ARCH, 'NotIn', 'amd64', 'arm64'));
    expect(admitsNothing(c)).toBe(false);
    expect(admitsAbsence(c)).toBe(true);
  });

  it('leaves out requirements the API server rejects', () => {
    const constraints = labelConstraints([
      { key: ARCH, operator: 'In', values: [] },
      requirement(CPU, 'Gt', 'four'),
    ]);
    const arch = constraints.get(ARCH);
    expect(arch && admitsNothing(arch)).toBe(false);
    expect(constraints.get(CPU)?.min).toBeUndefined();
  });

  it('answers whether some count of at least one is allowed', () => {
    const gpus = 'karpenter.k8s.aws/instance-gpu-count';
    expect(admitsNumberAtLeast(constraintOn(gpus, requirement(gpus, 'In', '0')), 1)).toBe(false);
    expect(admitsNumberAtLeast(constraintOn(gpus, requirement(gpus, 'Lt', '1')), 1)).toBe(false);
    expect(admitsNumberAtLeast(constraintOn(gpus, requirement(gpus, 'Gt', '0')), 1)).toBe(true);
    expect(admitsNumberAtLeast(undefined, 1)).toBe(true);
  });

  it('writes requirements the way the user wrote them', () => {
    expect(describeRequirement(requirement(ARCH, 'In', 'amd64', 'arm64'))).toBe(
      'kubernetes.io/arch In [amd64, arm64]',
    );
    expect(describeRequirement(requirement(CPU, 'Gt', '4'))).toBe(
      'karpenter.k8s.aws/instance-cpu Gt 4',
    );
    expect(describeRequirement(requirement(ARCH, 'Exists'))).toBe('kubernetes.io/arch Exists');
  });
});
