import { describe, expect, it } from 'vitest';
import type { RequirementOperator } from '../model/types';
import {
  describeRequirement,
  hasIntersection,
  hasValue,
  intersection,
  isNegative,
  operatorOf,
  requirementOf,
} from './requirement';

function req(key: string, operator: RequirementOperator, ...values: string[]) {
  return requirementOf({ key, operator, values });
}

function withMinValues(
  key: string,
  operator: RequirementOperator,
  minValues: number,
  ...values: string[]
) {
  return requirementOf({ key, operator, values, minValues });
}

describe('requirementOf (spec 1.7 representation)', () => {
  it.each<
    [RequirementOperator, string[], boolean, string[], number | undefined, number | undefined]
  >([
    ['In', ['a', 'b'], false, ['a', 'b'], undefined, undefined],
    ['NotIn', ['a'], true, ['a'], undefined, undefined],
    ['Exists', [], true, [], undefined, undefined],
    ['DoesNotExist', [], false, [], undefined, undefined],
    ['Gt', ['4'], true, [], 5, undefined],
    ['Lt', ['4'], true, [], undefined, 3],
    ['Gte', ['4'], true, [], 4, undefined],
    ['Lte', ['4'], true, [], undefined, 4],
  ])(
    '%s %j is complement %s, values %j, gte %s, lte %s',
    (operator, values, complement, set, gte, lte) => {
      const r = req('k', operator, ...values);
      expect(r.complement).toBe(complement);
      expect([...r.values]).toEqual(set);
      expect(r.gte).toBe(gte);
      expect(r.lte).toBe(lte);
    },
  );

  it('turns Gt MaxInt into DoesNotExist: no integer is greater', () => {
    const r = req('k', 'Gt', '9223372036854775807');
    expect(operatorOf(r)).toBe('DoesNotExist');
    expect(r.gte).toBeUndefined();
  });

  it('reads a Gt value beyond int64 as MaxInt, as Go Atoi saturates', () => {
    expect(operatorOf(req('k', 'Gt', '99999999999999999999'))).toBe('DoesNotExist');
  });

  it('reads a non-integer Gt value as 0, as `value, _ := strconv.Atoi` does', () => {
    expect(req('k', 'Gt', 'abc').gte).toBe(1);
  });

  it('keeps minValues', () => {
    expect(withMinValues('k', 'In', 2, 'a', 'b').minValues).toBe(2);
  });

  it.each([
    ['failure-domain.beta.kubernetes.io/zone', 'topology.kubernetes.io/zone'],
    ['failure-domain.beta.kubernetes.io/region', 'topology.kubernetes.io/region'],
    ['beta.kubernetes.io/arch', 'kubernetes.io/arch'],
    ['beta.kubernetes.io/os', 'kubernetes.io/os'],
    ['beta.kubernetes.io/instance-type', 'node.kubernetes.io/instance-type'],
  ])('normalises the deprecated key %s to %s (spec 1.3)', (deprecated, current) => {
    expect(req(deprecated, 'In', 'x').key).toBe(current);
  });
});

describe('hasValue (core Requirement.Has)', () => {
  it('allows listed values of In and unlisted values of NotIn', () => {
    expect(hasValue(req('k', 'In', 'a'), 'a')).toBe(true);
    expect(hasValue(req('k', 'In', 'a'), 'b')).toBe(false);
    expect(hasValue(req('k', 'NotIn', 'a'), 'a')).toBe(false);
    expect(hasValue(req('k', 'NotIn', 'a'), 'b')).toBe(true);
  });

  it('allows any value for Exists and none for DoesNotExist', () => {
    expect(hasValue(req('k', 'Exists'), 'anything')).toBe(true);
    expect(hasValue(req('k', 'DoesNotExist'), 'anything')).toBe(false);
  });

  it('needs an integer within bounds: Gt 4 allows 5, not 4', () => {
    const gt4 = req('k', 'Gt', '4');
    expect(hasValue(gt4, '5')).toBe(true);
    expect(hasValue(gt4, '4')).toBe(false);
  });

  it('treats Lt 4 as at most 3', () => {
    expect(hasValue(req('k', 'Lt', '4'), '3')).toBe(true);
    expect(hasValue(req('k', 'Lt', '4'), '4')).toBe(false);
  });

  it('includes the bound itself for Gte and Lte', () => {
    expect(hasValue(req('k', 'Gte', '4'), '4')).toBe(true);
    expect(hasValue(req('k', 'Lte', '4'), '4')).toBe(true);
    expect(hasValue(req('k', 'Lte', '4'), '5')).toBe(false);
  });

  it.each(['abc', '5.0', '', '1e3', '0x10'])(
    'rejects the non-integer %j under bounds, as Atoi fails on it',
    (value) => {
      expect(hasValue(req('k', 'Gt', '0'), value)).toBe(false);
    },
  );

  it('accepts a signed integer, as Atoi does', () => {
    expect(hasValue(req('k', 'Gt', '4'), '+5')).toBe(true);
  });

  it('rejects an integer beyond int64, which Atoi cannot parse', () => {
    expect(hasValue(req('k', 'Gt', '4'), '99999999999999999999')).toBe(false);
  });
});

describe('intersection (core Requirement.Intersection)', () => {
  it('unites the excluded values of NotIn and NotIn', () => {
    const r = intersection(req('k', 'NotIn', 'a'), req('k', 'NotIn', 'b'));
    expect(describeRequirement(r)).toBe('k NotIn [a b]');
  });

  it('removes the excluded values from In', () => {
    const r = intersection(req('k', 'In', 'a', 'b'), req('k', 'NotIn', 'b'));
    expect(describeRequirement(r)).toBe('k In [a]');
  });

  it('intersects two In sets, and an empty result is DoesNotExist', () => {
    expect(
      describeRequirement(intersection(req('k', 'In', 'a', 'b'), req('k', 'In', 'b', 'c'))),
    ).toBe('k In [b]');
    expect(operatorOf(intersection(req('k', 'In', 'a'), req('k', 'In', 'b')))).toBe('DoesNotExist');
  });

  it('turns crossing bounds into DoesNotExist: Gt 4 and Lt 3', () => {
    const r = intersection(req('k', 'Gt', '4'), req('k', 'Lt', '3'));
    expect(describeRequirement(r)).toBe('k DoesNotExist');
  });

  it('keeps meeting bounds: Gt 4 and Lt 6 leave exactly 5', () => {
    const r = intersection(req('k', 'Gt', '4'), req('k', 'Lt', '6'));
    expect(describeRequirement(r)).toBe('k Exists >=5 <=5');
    expect(hasValue(r, '5')).toBe(true);
  });

  it('tightens bounds to the larger gte and the smaller lte', () => {
    const r = intersection(req('k', 'Gte', '2'), req('k', 'Gt', '3'));
    expect(r.gte).toBe(4);
    expect(intersection(req('k', 'Lte', '9'), req('k', 'Lt', '5')).lte).toBe(4);
  });

  it('drops values out of bounds and keeps no bounds on a concrete set', () => {
    const r = intersection(req('k', 'In', '3', '5', 'x'), req('k', 'Gt', '4'));
    expect(describeRequirement(r)).toBe('k In [5]');
    expect(r.gte).toBeUndefined();
  });

  it('drops excluded values that the bounds exclude anyway', () => {
    const r = intersection(req('k', 'NotIn', '3', '7'), req('k', 'Gt', '4'));
    expect(describeRequirement(r)).toBe('k NotIn [7] >=5');
  });

  it('takes the larger minValues', () => {
    const r = intersection(withMinValues('k', 'Exists', 2), withMinValues('k', 'In', 5, 'a'));
    expect(r.minValues).toBe(5);
  });

  it('keeps minValues when bounds cross', () => {
    const r = intersection(withMinValues('k', 'Gt', 3, '4'), req('k', 'Lt', '3'));
    expect(describeRequirement(r)).toBe('k DoesNotExist minValues 3');
  });
});

describe('hasIntersection agrees with intersection', () => {
  const samples = [
    req('k', 'In', 'a', 'b'),
    req('k', 'In', '5'),
    req('k', 'NotIn', 'a'),
    req('k', 'Exists'),
    req('k', 'DoesNotExist'),
    req('k', 'Gt', '4'),
    req('k', 'Lt', '3'),
    req('k', 'In', '3', '7'),
  ];
  it('for every pair of sample requirements', () => {
    for (const a of samples) {
      for (const b of samples) {
        const nonEmpty = !['DoesNotExist'].includes(operatorOf(intersection(a, b)));
        expect(hasIntersection(a, b), `${describeRequirement(a)} ∩ ${describeRequirement(b)}`).toBe(
          nonEmpty,
        );
      }
    }
  });
});

describe('isNegative', () => {
  it.each<[RequirementOperator, string[], boolean]>([
    ['NotIn', ['a'], true],
    ['DoesNotExist', [], true],
    ['In', ['a'], false],
    ['Exists', [], false],
    ['Gt', ['4'], false],
  ])('%s is negative: %s', (operator, values, negative) => {
    expect(isNegative(req('k', operator, ...values))).toBe(negative);
  });
});

describe('describeRequirement (core Requirement.String)', () => {
  it.each<[RequirementOperator, string[], string]>([
    ['In', ['b', 'a'], 'k In [a b]'],
    ['NotIn', ['a'], 'k NotIn [a]'],
    ['Exists', [], 'k Exists'],
    ['DoesNotExist', [], 'k DoesNotExist'],
    ['Gt', ['4'], 'k Exists >=5'],
    ['Lt', ['4'], 'k Exists <=3'],
    ['Gte', ['4'], 'k Exists >=4'],
    ['Lte', ['4'], 'k Exists <=4'],
    ['In', ['g', 'f', 'e', 'd', 'c', 'b', 'a'], 'k In [a b c d e and 2 others]'],
  ])('prints %s %j as %j', (operator, values, text) => {
    expect(describeRequirement(req('k', operator, ...values))).toBe(text);
  });

  it('ends with minValues', () => {
    expect(describeRequirement(withMinValues('k', 'In', 2, 'a', 'b'))).toBe(
      'k In [a b] minValues 2',
    );
  });
});
