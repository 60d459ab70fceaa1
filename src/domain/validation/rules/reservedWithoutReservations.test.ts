import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf, nodeClass } from '../../../../test/fixtures/fixtures';
import { classWith, poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { reservedWithoutReservations } from './reservedWithoutReservations';

const CAPACITY = 'karpenter.sh/capacity-type';

describe('reservedWithoutReservations', () => {
  it('finds nothing in the example design', () => {
    expect(reservedWithoutReservations(exampleDesign())).toEqual([]);
  });

  it('warns about a reserved-only pool on a class that selects no reservation', () => {
    const pool = poolWith('odcr', [requirement(CAPACITY, 'In', 'reserved')]);
    expect(reservedWithoutReservations(designOf(nodeClass('default'), pool))).toEqual([
      {
        severity: 'warning',
        resourceId: 'np-odcr',
        path: 'spec.template.spec.requirements[0]',
        message:
          'NodePool "odcr" allows only reserved capacity, but its EC2NodeClass "default" selects no capacity reservation: there is no reserved offering, so nothing launches. Add capacityReservationSelectorTerms to the class, or allow on-demand as well.',
        rule: 'reserved-without-reservations',
      },
    ]);
  });

  it('accepts a reserved-only pool on a class with capacity reservations', () => {
    const reservations = classWith('default', {
      capacityReservationSelectorTerms: [{ id: 'cr-0123456789abcdef0' }],
    });
    const pool = poolWith('odcr', [requirement(CAPACITY, 'In', 'reserved')]);
    expect(reservedWithoutReservations(designOf(reservations, pool))).toEqual([]);
  });

  it('accepts reserved with on-demand as a fallback', () => {
    const pool = poolWith('odcr', [requirement(CAPACITY, 'In', 'reserved', 'on-demand')]);
    expect(reservedWithoutReservations(designOf(nodeClass('default'), pool))).toEqual([]);
  });
});
