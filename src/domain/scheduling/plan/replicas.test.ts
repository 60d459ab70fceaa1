import { describe, expect, it } from 'vitest';
import { designOf, nodeClass } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { workload } from '../../../../test/fixtures/workloads';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import { planDesign } from './planDesign';
import { MAX_PLANNED_PODS } from './replicas';

const design = designOf(
  nodeClass('default'),
  poolWith(
    'pool',
    [
      requirement('karpenter.k8s.aws/instance-family', 'In', 'm7i'),
      requirement('karpenter.sh/capacity-type', 'In', 'on-demand'),
    ],
    { spec: { limits: { cpu: '1000000' } } },
  ),
);

describe('replica counts a user may type', () => {
  it('plans at most the cap and counts the rest as pending, saying so', () => {
    const plan = planDesign({
      design,
      workloads: [workload('typo', { cpu: '10m', replicas: 1_000_000_000 })],
      catalog: CATALOG,
    });
    const typo = plan.workloads[0];
    expect(typo?.placed).toBe(MAX_PLANNED_PODS);
    expect(typo?.pending).toBe(1_000_000_000 - MAX_PLANNED_PODS);
    expect(typo?.notes.join(' ')).toContain('at most 50,000 pods');
  });

  it.each([
    ['negative', -3],
    ['not a number', Number.NaN],
    ['fractional', 2.7],
  ])('reads %s replicas as a count', (_, replicas) => {
    const plan = planDesign({
      design,
      workloads: [workload('odd', { cpu: '100m', replicas })],
      catalog: CATALOG,
    });
    const odd = plan.workloads[0];
    expect(odd?.replicas).toBe(replicas === 2.7 ? 2 : 0);
    expect(odd?.placed).toBe(odd?.replicas);
    expect(odd?.pending).toBe(0);
  });
});
