import { describe, expect, it } from 'vitest';
import { familyLabels, parseInstanceType } from './instanceTypeNames';

describe('instance type names', () => {
  it.each([
    ['g5', 'g', '5'],
    ['gr6', 'gr', '6'],
    ['m7i-flex', 'm', '7'],
    ['p6-b200', 'p', '6'],
    ['u-6tb1', 'u', '1'],
    ['inf2', 'inf', '2'],
  ])(
    'derives the category and generation labels of %s as Karpenter does',
    (family, category, generation) => {
      expect(familyLabels(family)).toEqual({ category, generation });
    },
  );

  it('splits an instance type into family and size', () => {
    expect(parseInstanceType('p5.48xlarge')).toEqual({ family: 'p5', size: '48xlarge' });
    expect(parseInstanceType('p5')).toBeUndefined();
  });
});
