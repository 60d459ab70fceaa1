import { describe, expect, it } from 'vitest';
import type { NodeSelectorRequirement, RequirementOperator } from '../model/types';
import { describeRequirement } from './requirement';
import {
  addRequirements,
  compatibleError,
  describeRequirements,
  intersectsError,
  labelsAsRequirements,
  requirementsOf,
  type Requirements,
} from './requirements';

function r(
  key: string,
  operator: RequirementOperator,
  ...values: string[]
): NodeSelectorRequirement {
  return { key, operator, values };
}

function reqs(...list: NodeSelectorRequirement[]): Requirements {
  return requirementsOf(list);
}

const CUSTOM = 'team';
const WELL_KNOWN = 'karpenter.k8s.aws/instance-family';

/** The incoming (pod) columns of the spec 1.7 cheat-sheet. */
const IN_B = r(CUSTOM, 'In', 'b');
const NOT_IN_B = r(CUSTOM, 'NotIn', 'b');
const EXISTS = r(CUSTOM, 'Exists');
const DOES_NOT_EXIST = r(CUSTOM, 'DoesNotExist');
const GT_4 = r(CUSTOM, 'Gt', '4');

describe('the spec 1.7 cheat-sheet: compatibleError(existing = pool, incoming = pod)', () => {
  describe('key undefined on the pool, custom key', () => {
    it.each([
      ['In [b]', IN_B, 'label "team" does not have known values'],
      ['NotIn [b]', NOT_IN_B, undefined],
      ['Exists', EXISTS, 'label "team" does not have known values'],
      ['DoesNotExist', DOES_NOT_EXIST, undefined],
      ['Gt 4', GT_4, 'label "team" does not have known values'],
    ])('pod %s: %s', (_, incoming, error) => {
      expect(compatibleError(reqs(), reqs(incoming))).toBe(error);
    });
  });

  describe('key undefined on the pool, well-known key: instance types decide later', () => {
    it.each([
      ['In [b]', r(WELL_KNOWN, 'In', 'b')],
      ['NotIn [b]', r(WELL_KNOWN, 'NotIn', 'b')],
      ['Exists', r(WELL_KNOWN, 'Exists')],
      ['DoesNotExist', r(WELL_KNOWN, 'DoesNotExist')],
      ['Gt 4', r(WELL_KNOWN, 'Gt', '4')],
    ])('pod %s is ok', (_, incoming) => {
      expect(compatibleError(reqs(), reqs(incoming))).toBeUndefined();
    });
  });

  describe('pool In [a,b]', () => {
    const pool = reqs(r(CUSTOM, 'In', 'a', 'b'));
    it('pod In [b] is ok (→ b)', () => expect(compatibleError(pool, reqs(IN_B))).toBeUndefined());
    it('pod NotIn [b] is ok (→ a)', () =>
      expect(compatibleError(pool, reqs(NOT_IN_B))).toBeUndefined());
    it('pod Exists is ok', () => expect(compatibleError(pool, reqs(EXISTS))).toBeUndefined());
    it('pod DoesNotExist fails', () =>
      expect(compatibleError(pool, reqs(DOES_NOT_EXIST))).toBe(
        'key team, team DoesNotExist not in team In [a b]',
      ));
    it('pod Gt 4 fails when neither value is an integer ≥ 5', () =>
      expect(compatibleError(pool, reqs(GT_4))).toBe(
        'key team, team Exists >=5 not in team In [a b]',
      ));
    it('pod Gt 4 is ok when one value is an integer ≥ 5', () =>
      expect(compatibleError(reqs(r(CUSTOM, 'In', 'a', '8')), reqs(GT_4))).toBeUndefined());
  });

  describe('pool In [a]', () => {
    const pool = reqs(r(CUSTOM, 'In', 'a'));
    it('pod In [b] fails', () =>
      expect(compatibleError(pool, reqs(IN_B))).toBe('key team, team In [b] not in team In [a]'));
    it('pod NotIn [b] is ok when b ≠ a', () =>
      expect(compatibleError(pool, reqs(NOT_IN_B))).toBeUndefined());
    it('pod NotIn [a] fails (b = a)', () =>
      expect(compatibleError(pool, reqs(r(CUSTOM, 'NotIn', 'a')))).toBe(
        'key team, team NotIn [a] not in team In [a]',
      ));
    it('pod Exists is ok', () => expect(compatibleError(pool, reqs(EXISTS))).toBeUndefined());
    it('pod DoesNotExist fails', () =>
      expect(compatibleError(pool, reqs(DOES_NOT_EXIST))).toBe(
        'key team, team DoesNotExist not in team In [a]',
      ));
  });

  describe('pool NotIn [a]', () => {
    const pool = reqs(r(CUSTOM, 'NotIn', 'a'));
    it('pod In [b] is ok', () => expect(compatibleError(pool, reqs(IN_B))).toBeUndefined());
    it('pod In [a] fails', () =>
      expect(compatibleError(pool, reqs(r(CUSTOM, 'In', 'a')))).toBe(
        'key team, team In [a] not in team NotIn [a]',
      ));
    it('pod NotIn [b] is ok', () => expect(compatibleError(pool, reqs(NOT_IN_B))).toBeUndefined());
    it('pod Exists is ok', () => expect(compatibleError(pool, reqs(EXISTS))).toBeUndefined());
    it('pod DoesNotExist is ok: both are negative', () =>
      expect(compatibleError(pool, reqs(DOES_NOT_EXIST))).toBeUndefined());
    it('pod Gt 4 is ok', () => expect(compatibleError(pool, reqs(GT_4))).toBeUndefined());
  });

  describe('pool Exists', () => {
    const pool = reqs(r(CUSTOM, 'Exists'));
    it('pod In [b] is ok', () => expect(compatibleError(pool, reqs(IN_B))).toBeUndefined());
    it('pod NotIn [b] is ok', () => expect(compatibleError(pool, reqs(NOT_IN_B))).toBeUndefined());
    it('pod Exists is ok', () => expect(compatibleError(pool, reqs(EXISTS))).toBeUndefined());
    it('pod DoesNotExist fails', () =>
      expect(compatibleError(pool, reqs(DOES_NOT_EXIST))).toBe(
        'key team, team DoesNotExist not in team Exists',
      ));
    it('pod Gt 4 is ok', () => expect(compatibleError(pool, reqs(GT_4))).toBeUndefined());
  });

  describe('pool DoesNotExist', () => {
    const pool = reqs(r(CUSTOM, 'DoesNotExist'));
    it('pod In [b] fails', () =>
      expect(compatibleError(pool, reqs(IN_B))).toBe(
        'key team, team In [b] not in team DoesNotExist',
      ));
    it('pod NotIn [b] is ok: both are negative', () =>
      expect(compatibleError(pool, reqs(NOT_IN_B))).toBeUndefined());
    it('pod Exists fails', () =>
      expect(compatibleError(pool, reqs(EXISTS))).toBe(
        'key team, team Exists not in team DoesNotExist',
      ));
    it('pod DoesNotExist is ok', () =>
      expect(compatibleError(pool, reqs(DOES_NOT_EXIST))).toBeUndefined());
    it('pod Gt 4 fails', () =>
      expect(compatibleError(pool, reqs(GT_4))).toBe(
        'key team, team Exists >=5 not in team DoesNotExist',
      ));
  });
});

describe('compatibleError: the "typo of" hint (core labelHint, upstream test table)', () => {
  it.each([
    ['zone', 'topology.kubernetes.io/zone'],
    ['region', 'topology.kubernetes.io/region'],
    ['nodepool', 'karpenter.sh/nodepool'],
    ['instance-type', 'node.kubernetes.io/instance-type'],
    ['arch', 'kubernetes.io/arch'],
    ['capacity-type', 'karpenter.sh/capacity-type'],
    ['topology.kubernetesio/zone', 'topology.kubernetes.io/zone'],
    ['node.io/zone', 'topology.kubernetes.io/zone'],
    ['topology.kubernetes.io/regio', 'topology.kubernetes.io/region'],
    ['node.kubernetes.io/region', 'topology.kubernetes.io/region'],
    ['karpenter/nodepool', 'karpenter.sh/nodepool'],
    ['techx.io/arch', 'kubernetes.io/arch'],
  ])('suggests for %s the well-known %s', (bad, wellKnown) => {
    expect(compatibleError(reqs(), reqs(r(bad, 'Exists')))).toBe(
      `label "${bad}" does not have known values (typo of "${wellKnown}"?)`,
    );
  });

  it('suggests a key the pool defines when no well-known key matches', () => {
    expect(
      compatibleError(reqs(r('example.com/team', 'In', 'a')), reqs(r('team', 'In', 'a'))),
    ).toBe('label "team" does not have known values (typo of "example.com/team"?)');
  });

  it('suggests nothing for an unrelated key', () => {
    expect(compatibleError(reqs(), reqs(r('deployment', 'Exists')))).toBe(
      'label "deployment" does not have known values',
    );
  });

  it('reports only the first undefined custom key, before any conflict', () => {
    const pool = reqs(r(WELL_KNOWN, 'In', 'm5'));
    const pod = reqs(r(WELL_KNOWN, 'In', 'c5'), r('first', 'Exists'), r('second', 'Exists'));
    expect(compatibleError(pool, pod)).toBe('label "first" does not have known values');
  });

  it('checks well-known keys the pool defines like any other', () => {
    const pool = reqs(r(WELL_KNOWN, 'In', 'm5'));
    expect(compatibleError(pool, reqs(r(WELL_KNOWN, 'In', 'c5')))).toBe(
      'key karpenter.k8s.aws/instance-family, karpenter.k8s.aws/instance-family In [c5] not in karpenter.k8s.aws/instance-family In [m5]',
    );
  });

  it('normalises a deprecated pod key before comparing with the pool', () => {
    const pool = reqs(r('topology.kubernetes.io/zone', 'In', 'us-east-1a'));
    const pod = reqs(r('failure-domain.beta.kubernetes.io/zone', 'In', 'us-east-1b'));
    expect(compatibleError(pool, pod)).toBe(
      'key topology.kubernetes.io/zone, topology.kubernetes.io/zone In [us-east-1b] not in topology.kubernetes.io/zone In [us-east-1a]',
    );
  });
});

describe('intersectsError (core Requirements.Intersects)', () => {
  it('ignores keys only one side defines, even custom ones', () => {
    expect(intersectsError(reqs(r('a', 'In', 'x')), reqs(r('b', 'In', 'y')))).toBeUndefined();
  });

  it('joins one error per conflicting key with "; ", by key', () => {
    const existing = reqs(r('z', 'In', '1'), r('a', 'In', '1'));
    const incoming = reqs(r('z', 'In', '2'), r('a', 'In', '2'));
    expect(intersectsError(existing, incoming)).toBe(
      'key a, a In [2] not in a In [1]; key z, z In [2] not in z In [1]',
    );
  });

  it('lets NotIn meet DoesNotExist: both negative', () => {
    expect(
      intersectsError(reqs(r('k', 'NotIn', 'a')), reqs(r('k', 'DoesNotExist'))),
    ).toBeUndefined();
  });
});

describe('requirementsOf, labelsAsRequirements, addRequirements', () => {
  it('narrows a key given twice instead of replacing it', () => {
    const result = reqs(r('k', 'In', 'a', 'b', 'c'), r('k', 'NotIn', 'b'));
    expect(describeRequirements(result)).toBe('k In [a c]');
  });

  it('reads template labels as In [value], with deprecated keys normalised', () => {
    const labels = labelsAsRequirements({ team: 'ml', 'beta.kubernetes.io/arch': 'arm64' });
    expect(describeRequirements(labels)).toBe('kubernetes.io/arch In [arm64], team In [ml]');
  });

  it('intersects per key and leaves both inputs as they were', () => {
    const a = reqs(r('k', 'In', 'a', 'b'));
    const b = reqs(r('k', 'In', 'b'), r('other', 'Exists'));
    const sum = addRequirements(a, b);
    expect(describeRequirements(sum)).toBe('k In [b], other Exists');
    expect(describeRequirements(a)).toBe('k In [a b]');
    const k = a.get('k');
    expect(k && describeRequirement(k)).toBe('k In [a b]');
  });

  it('describes requirements sorted, without kubernetes.io/hostname (core Requirements.String)', () => {
    const all = reqs(
      r('kubernetes.io/hostname', 'In', 'placeholder'),
      r('b', 'Gt', '1'),
      r('a', 'DoesNotExist'),
    );
    expect(describeRequirements(all)).toBe('a DoesNotExist, b Exists >=2');
  });
});

describe('requirementsOf', () => {
  it('leaves out a requirement whose operator the CRD refuses, or that has none', () => {
    const written = [
      { key: 'a', operator: 'Contains', values: ['x'] },
      { key: 'b', values: ['y'] },
      r(CUSTOM, 'In', 'b'),
    ] as NodeSelectorRequirement[];
    expect([...requirementsOf(written).keys()]).toEqual([CUSTOM]);
  });
});
