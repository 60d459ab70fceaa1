import { describe, expect, it } from 'vitest';
import { workload } from '../../../../test/fixtures/workloads';
import { evictionCost, nodeDisruptionCost } from './evictionCost';

describe('evictionCost (spec 4.4)', () => {
  it('is 1 for a plain pod', () => {
    expect(evictionCost(workload('web', { cpu: '1' }))).toBe(1);
  });

  it('adds priority / 2^25 and clamps to [-10, 10]', () => {
    expect(evictionCost(workload('web', { spec: { priority: 2 ** 25 } }))).toBe(2);
    expect(evictionCost(workload('web', { spec: { priority: 1_000_000_000 } }))).toBe(10);
    expect(evictionCost(workload('web', { spec: { priority: -(2 ** 25) } }))).toBe(0);
  });

  it('reads the pod-deletion-cost annotation / 2^27', () => {
    const w = workload('web');
    w.template.metadata = {
      annotations: { 'controller.kubernetes.io/pod-deletion-cost': String(2 ** 27) },
    };
    expect(evictionCost(w)).toBe(2);
  });

  it('counts a node with only non-positive pods as empty (cost 1)', () => {
    expect(nodeDisruptionCost(new Map([[0, 3]]), () => 0)).toBe(1);
    expect(nodeDisruptionCost(new Map([[0, 3]]), () => 1)).toBe(4);
  });
});
