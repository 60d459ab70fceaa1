import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import type { NodeSelectorRequirement } from '../model/types';
import { typesAdmitted } from './instanceTypeRequirements';
import { describeMinValuesShortfall, minValuesShortfall } from './minValues';
import { requirementsOf } from './requirements';

const FAMILY = 'karpenter.k8s.aws/instance-family';

function shortfall(...list: NodeSelectorRequirement[]) {
  const requirements = requirementsOf(list);
  return minValuesShortfall(requirements, typesAdmitted(requirements, CATALOG.types));
}

describe('minValuesShortfall (spec 1.13, core SatisfiesMinValues)', () => {
  it('cannot meet instance-family In [m5, m6i] minValues 3: two families survive', () => {
    expect(shortfall({ key: FAMILY, operator: 'In', values: ['m5', 'm6i'], minValues: 3 })).toEqual(
      [{ key: FAMILY, minValues: 3, available: 2 }],
    );
  });

  it('meets instance-family In [m5, m6i, c5] minValues 3', () => {
    expect(
      shortfall({ key: FAMILY, operator: 'In', values: ['m5', 'm6i', 'c5'], minValues: 3 }),
    ).toEqual([]);
  });

  it('counts the families left after the other requirements narrow the types', () => {
    const result = shortfall(
      { key: FAMILY, operator: 'In', values: ['m5', 'm6g', 'm7g'], minValues: 3 },
      { key: 'kubernetes.io/arch', operator: 'In', values: ['arm64'] },
    );
    expect(result).toEqual([{ key: FAMILY, minValues: 3, available: 2 }]);
  });

  it('counts 0 for a custom key no type defines [code, untested]', () => {
    expect(shortfall({ key: 'team', operator: 'Exists', minValues: 1 })).toEqual([
      { key: 'team', minValues: 1, available: 0 },
    ]);
  });

  it('leaves offering keys (zone, capacity type) to the engine', () => {
    expect(
      shortfall({ key: 'topology.kubernetes.io/zone', operator: 'Exists', minValues: 3 }),
    ).toEqual([]);
  });

  it('reports nothing without types when no requirement has minValues', () => {
    expect(minValuesShortfall(requirementsOf([{ key: FAMILY, operator: 'Exists' }]), [])).toEqual(
      [],
    );
  });
});

describe('describeMinValuesShortfall', () => {
  it("prints Karpenter's message with the keys sorted", () => {
    expect(
      describeMinValuesShortfall([
        { key: 'b', minValues: 2, available: 1 },
        { key: 'a', minValues: 2, available: 0 },
      ]),
    ).toBe('minValues requirement is not met for label(s) (label(s)=[a b])');
  });
});
