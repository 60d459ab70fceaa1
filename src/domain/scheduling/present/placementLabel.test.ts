import { describe, expect, it } from 'vitest';
import type { PlannedNode } from '../plan/plannedNode';
import { plannedNode } from '../../../../test/support/plannedNode';
import { placementLabel } from './placementLabel';

function node(
  instanceType: string,
  pricePerHour: number | undefined,
  capacityType: PlannedNode['capacityType'] = 'on-demand',
): PlannedNode {
  return plannedNode({
    id: `pool-${instanceType}`,
    instanceTypes: [instanceType],
    instanceType,
    capacityType,
    instanceTypeCertain: capacityType === 'on-demand',
    pricePerHour,
  });
}

describe('placementLabel', () => {
  it('counts the nodes of one type and sums their on-demand price', () => {
    const nodes = [1, 2, 3].map(() => node('m7i.xlarge', 0.2016));
    expect(placementLabel(nodes)).toBe('3 × m7i.xlarge · on-demand · ~$0.60/h');
  });

  it('lists mixed types, the most common first', () => {
    const nodes = [
      node('m7i.2xlarge', 0.4032),
      node('m7i.xlarge', 0.2016),
      node('m7i.xlarge', 0.2016),
    ];
    expect(placementLabel(nodes)).toBe('2 × m7i.xlarge + 1 × m7i.2xlarge · on-demand · ~$0.81/h');
  });

  it('says spot costs at most the on-demand price', () => {
    expect(placementLabel([node('g5.xlarge', 1.006, 'spot')])).toBe(
      '1 × g5.xlarge · spot · ≤ $1.01/h',
    );
  });

  it('names both capacity types when a pool launches both', () => {
    expect(placementLabel([node('c7i.large', 0.0893, 'spot'), node('c7i.large', 0.0893)])).toBe(
      '2 × c7i.large · spot + on-demand · ≤ $0.18/h',
    );
  });

  it('says when a price is unknown instead of showing $0.00', () => {
    expect(placementLabel([node('x9.mystery', undefined)])).toBe(
      '1 × x9.mystery · on-demand · price unknown',
    );
    expect(placementLabel([node('m7i.large', 0.1008), node('x9.mystery', undefined)])).toBe(
      '1 × m7i.large + 1 × x9.mystery · on-demand · ~$0.10/h + 1 unpriced',
    );
    expect(placementLabel([node('t4g.nano', 0.0042)])).toBe('1 × t4g.nano · on-demand · ~$0.01/h');
  });
});
