import { describe, expect, it } from 'vitest';
import { requirementsOf } from '../../karpenter/requirements/requirements';
import { instanceType } from '../../../../test/support/instanceCatalog';
import type { TypeOption } from '../pools/typeOption';
import { limitsRefusal } from './limits';
import { fitClassOf } from '../pools/fitClass';

const GI = 1024 ** 3;

function option(name: string, memoryGi: number): TypeOption {
  return {
    type: instanceType(name),
    requirements: requirementsOf([]),
    allocatable: { memory: memoryGi * GI * 0.9 },
    capacity: { memory: memoryGi * GI },
    daemonOverhead: {},
    daemonSets: [],
    daemonHostPorts: [],
    fit: fitClassOf({ memory: memoryGi * GI * 0.9 }, {}),
    price: undefined,
  };
}

// Karpenter filters a pool's types by what its limits have left before it checks whether the
// pod fits (scheduler.go :: addToNewNodeClaim): a type too small to hold anything still keeps
// the pool from "all available instance types exceed limits".
describe("a pool's limits against its types", () => {
  const limits = { memory: 32 * GI };
  const left = { memory: 1 * GI };

  it('refuses when every type the pool allows is larger than what is left', () => {
    expect(limitsRefusal([option('t3.small', 2)], left, limits)?.message).toBe(
      'all available instance types exceed limits for nodepool',
    );
  });

  it('does not, when a type that fits no pod (negative allocatable) is within what is left', () => {
    expect(limitsRefusal([option('t3.small', 2)], left, limits, [{ memory: 0.5 * GI }])).toBe(
      undefined,
    );
  });
});
