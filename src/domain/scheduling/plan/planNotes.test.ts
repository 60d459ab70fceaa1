import { describe, expect, it } from 'vitest';
import { designOf, nodeClass } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { daemonSet, workload } from '../../../../test/fixtures/workloads';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import { planDesign } from './planDesign';

const m7i = requirement('karpenter.k8s.aws/instance-family', 'In', 'm7i');

function planOf(...requirements: ReturnType<typeof requirement>[]) {
  const pool = poolWith('pool', requirements, { spec: { limits: { cpu: '100', nodes: '5' } } });
  return planDesign({
    design: designOf(nodeClass('default'), pool),
    workloads: [workload('web', { cpu: '1' })],
    catalog: CATALOG,
  });
}

describe('what a plan cannot promise', () => {
  it('says spot prices vary and the type is only likely', () => {
    const plan = planOf(m7i, requirement('karpenter.sh/capacity-type', 'In', 'spot'));
    expect(plan.nodes[0]).toMatchObject({ capacityType: 'spot', instanceTypeCertain: false });
    expect(plan.pools[0]?.notes.map((n) => n.text).join(' ')).toContain('on-demand, the ceiling');
  });

  it('launches spot when the pool does not restrict the capacity type', () => {
    const plan = planOf(m7i);
    expect(plan.nodes[0]?.capacityType).toBe('spot');
  });

  it('is sure of the type for on-demand', () => {
    const plan = planOf(m7i, requirement('karpenter.sh/capacity-type', 'In', 'on-demand'));
    expect(plan.nodes[0]).toMatchObject({ instanceType: 'm7i.large', instanceTypeCertain: true });
  });

  it('marks the in-batch limits.nodes accounting as uncertain', () => {
    const plan = planOf(m7i, requirement('karpenter.sh/capacity-type', 'In', 'on-demand'));
    const note = plan.pools[0]?.notes.find((n) => n.text.includes('limits.nodes'));
    expect(note?.uncertain).toBe(true);
  });

  it('says when the DaemonSets leave no room for one pod on any allowed type', () => {
    const pool = poolWith('nano', [
      requirement('node.kubernetes.io/instance-type', 'In', 't3.nano', 't3.micro'),
      requirement('karpenter.sh/capacity-type', 'In', 'on-demand'),
    ]);
    const plan = planDesign({
      design: designOf(nodeClass('default'), pool),
      workloads: [workload('web', { cpu: '100m' }), daemonSet('agent', { memory: '600Mi' })],
      catalog: CATALOG,
    });
    const note = plan.pools[0]?.notes.find((n) => n.text.includes('leave no room'));
    expect(note?.text).toContain('on the largest, t3.micro');
    expect(note?.text).toContain('(agent)');
    expect(plan.workloads[0]?.verdicts[0]?.refusal?.message).toMatch(
      /^no instance type has enough resources/,
    );
  });

  it('says nothing of DaemonSets that fit', () => {
    const plan = planOf(m7i, requirement('karpenter.sh/capacity-type', 'In', 'on-demand'));
    expect(plan.pools[0]?.notes.some((n) => n.text.includes('leave no room'))).toBe(false);
  });
});
