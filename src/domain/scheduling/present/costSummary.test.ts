import { describe, expect, it } from 'vitest';
import type { Resource } from '../../design/types';
import { designOf, nodeClass } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { workloadNode } from '../../../../test/fixtures/workloadNodes';
import { CATALOG, instanceType } from '../../../../test/support/instanceCatalog';
import { planOfDesign } from '../plan/designPlan';
import { costSummary, dollars, HOURS_PER_MONTH } from './costSummary';

const TYPE = 'node.kubernetes.io/instance-type';
const CAPACITY = 'karpenter.sh/capacity-type';
const ARCH = 'kubernetes.io/arch';

function pool(name: string, capacity: string, type: string, weight?: number) {
  return poolWith(
    name,
    [
      requirement(ARCH, 'In', 'amd64'),
      requirement(CAPACITY, 'In', capacity),
      requirement(TYPE, 'In', type),
    ],
    weight === undefined ? {} : { spec: { weight } },
  );
}

function summaryOf(...resources: Resource[]) {
  return costSummary(planOfDesign(designOf(nodeClass('default'), ...resources), CATALOG));
}

const M5_LARGE = instanceType('m5.large').onDemandPrice ?? Number.NaN;

describe('costSummary', () => {
  it('counts a pool’s nodes by type and prices them per hour and per 730-hour month', () => {
    // m5.large holds three 500m pods: five replicas need two nodes.
    const summary = summaryOf(
      pool('general', 'on-demand', 'm5.large'),
      workloadNode('web', { cpu: '500m', replicas: 5 }),
    );
    const general = summary.pools.find((p) => p.pool === 'general');
    expect(general?.nodes).toBe(2);
    expect(general?.groups).toMatchObject([
      { instanceType: 'm5.large', capacityType: 'on-demand', count: 2 },
    ]);
    expect(general?.perHour).toBeCloseTo(2 * M5_LARGE);
    expect(general?.perMonth).toBeCloseTo(2 * M5_LARGE * HOURS_PER_MONTH);
    expect(general?.spot).toBe(false);
    expect(summary.nodes).toBe(2);
    expect(summary.perHour).toBeCloseTo(2 * M5_LARGE);
    expect(summary.pending).toEqual([]);
  });

  it('adds the pools up for the design and lists the busiest pool first', () => {
    const summary = summaryOf(
      pool('small', 'on-demand', 'm5.large'),
      pool('big', 'on-demand', 'm5.2xlarge'),
      workloadNode('web', {
        cpu: '500m',
        spec: { nodeSelector: { 'karpenter.sh/nodepool': 'big' } },
      }),
      workloadNode('api', {
        cpu: '500m',
        replicas: 1,
        spec: { nodeSelector: { 'karpenter.sh/nodepool': 'small' } },
      }),
    );
    const big = instanceType('m5.2xlarge').onDemandPrice ?? Number.NaN;
    expect(summary.pools.map((p) => p.pool)).toEqual(['big', 'small']);
    expect(summary.perHour).toBeCloseTo(big + M5_LARGE);
    expect(summary.perMonth).toBeCloseTo((big + M5_LARGE) * HOURS_PER_MONTH);
  });

  it('marks a spot pool so the panel can say on-demand is the ceiling', () => {
    const summary = summaryOf(
      pool('cheap', 'spot', 'm5.large'),
      workloadNode('web', { cpu: '500m', replicas: 1 }),
    );
    expect(summary.pools[0]?.spot).toBe(true);
    expect(summary.pools[0]?.groups[0]?.capacityType).toBe('spot');
    expect(summary.spot).toBe(true);
  });

  it('lists a workload no pool takes as pending, with the first failing check', () => {
    const summary = summaryOf(
      pool('general', 'on-demand', 'm5.large'),
      workloadNode('trainer', { cpu: '1', requests: { 'nvidia.com/gpu': '1' }, replicas: 2 }),
    );
    expect(summary.pending).toHaveLength(1);
    expect(summary.pending[0]).toMatchObject({ id: 'wl-trainer', name: 'trainer', pending: 2 });
    expect(summary.pending[0]?.reason).toBe(
      'NodePool "general": Needs 1 nvidia.com/gpu; no instance type this pool allows has any.',
    );
    expect(summary.pending[0]?.message).not.toBe('');
    expect(summary.nodes).toBe(0);
    expect(summary.perHour).toBe(0);
  });

  it('keeps pools without nodes, after the ones with nodes', () => {
    const summary = summaryOf(
      pool('general', 'on-demand', 'm5.large'),
      pool('idle', 'on-demand', 'm5.large'),
      workloadNode('web', {
        cpu: '500m',
        spec: { nodeSelector: { 'karpenter.sh/nodepool': 'general' } },
      }),
    );
    expect(summary.pools.map((p) => [p.pool, p.nodes])).toEqual([
      ['general', 1],
      ['idle', 0],
    ]);
  });
});

describe('dollars', () => {
  it('shows cents, and tenths of a cent under a dollar', () => {
    expect(dollars(1234.5)).toBe('$1,234.50');
    expect(dollars(0.096)).toBe('$0.096');
    expect(dollars(0)).toBe('$0.00');
  });
});
