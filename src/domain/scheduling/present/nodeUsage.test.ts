import { describe, expect, it } from 'vitest';
import type { Resource } from '../../design/types';
import { designOf, nodeClass } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { workloadNode } from '../../../../test/fixtures/workloadNodes';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import { planOfDesign } from '../plan/designPlan';
import { poolPlanView } from './poolPlanView';

const general = [
  requirement('kubernetes.io/arch', 'In', 'amd64'),
  requirement('karpenter.sh/capacity-type', 'In', 'on-demand'),
  requirement('node.kubernetes.io/instance-type', 'In', 'm7i.xlarge'),
];

function viewOf(...resources: Resource[]) {
  const planned = planOfDesign(designOf(nodeClass('default'), ...resources), CATALOG);
  const view = poolPlanView(planned, 'np-general');
  if (!view) throw new Error('general is not in the plan');
  return view;
}

describe('a planned node’s requests versus limits', () => {
  it('counts the pods’ requests against allocatable, and their limits as overcommit', () => {
    const view = viewOf(
      poolWith('general', general),
      workloadNode('web', { cpu: '1', memory: '1Gi', limits: { cpu: '4' }, replicas: 3 }),
    );
    const node = view.nodeGroups[0]?.usage;
    const cpu = node?.resources.find((r) => r.resource === 'cpu');
    expect(node?.node.instanceType).toBe('m7i.xlarge');
    expect(cpu?.requested).toBe(3);
    expect(cpu?.limits).toBe(12);
    expect(cpu?.overcommitted).toBe(true);
    expect(node?.overcommitted).toBe(true);
    const memory = node?.resources.find((r) => r.resource === 'memory');
    // No memory limit: counted at its request, and said to be unbounded.
    expect(memory?.limits).toBe(3 * 2 ** 30);
    expect(memory?.unlimited).toBe(3);
    expect(memory?.overcommitted).toBe(false);
  });

  it('adds the DaemonSets’ requests to what the node is packed by', () => {
    const view = viewOf(
      poolWith('general', general),
      workloadNode('web', { cpu: '1' }),
      workloadNode('agent', { cpu: '200m', memory: '100Mi', kind: 'DaemonSet' }),
    );
    const cpu = view.nodeGroups[0]?.usage.resources.find((r) => r.resource === 'cpu');
    expect(cpu?.daemonSets).toBeCloseTo(0.2);
    expect(cpu?.requested).toBeCloseTo(1.2);
    expect(view.daemonSets).toEqual(['agent']);
  });
});

describe('a pool’s part of the plan', () => {
  it('shows nodes alike once, with how many', () => {
    const view = viewOf(
      poolWith('general', general),
      workloadNode('api', { cpu: '3', replicas: 5 }),
    );
    expect(view.nodeCount).toBe(5);
    expect(view.nodeGroups).toHaveLength(1);
    expect(view.nodeGroups[0]?.count).toBe(5);
  });

  it('lists the workloads it takes, most pods first', () => {
    const view = viewOf(
      poolWith('general', general),
      workloadNode('web', { cpu: '1', replicas: 2 }),
      workloadNode('api', { cpu: '1', replicas: 5 }),
    );
    expect(view.workloads).toEqual([
      { id: 'wl-api', name: 'api', pods: 5 },
      { id: 'wl-web', name: 'web', pods: 2 },
    ]);
  });

  it('says how much of each limit the planned nodes use, nodes counted as launched', () => {
    const view = viewOf(
      poolWith('general', general, { spec: { limits: { cpu: '100', nodes: '10' } } }),
      workloadNode('web', { cpu: '3', replicas: 2 }),
    );
    expect(view.nodeCount).toBe(2);
    expect(view.limits).toEqual([
      { resource: 'cpu', limit: 100, used: 8, reserved: 8 },
      { resource: 'nodes', limit: 10, used: 2, reserved: 2 },
    ]);
  });

  it('tells what the batch reserves apart from what the nodes use', () => {
    const view = viewOf(
      poolWith(
        'general',
        [
          requirement('kubernetes.io/arch', 'In', 'amd64'),
          requirement('karpenter.sh/capacity-type', 'In', 'on-demand'),
        ],
        { spec: { limits: { cpu: '64' } } },
      ),
      workloadNode('web', { cpu: '1', replicas: 3 }),
    );
    const [cpu] = view.limits;
    expect(cpu?.used).toBeLessThan(16);
    // Each NodeClaim is counted at the largest type it may still launch while the batch runs.
    expect(cpu?.reserved).toBeGreaterThan(cpu?.used ?? 0);
  });

  it('says why a pool takes no part', () => {
    const view = viewOf(
      poolWith('general', general, { className: 'missing' }),
      workloadNode('web', { cpu: '1' }),
    );
    expect(view.dropped?.explanation).toContain('EC2NodeClass "missing"');
    expect(view.nodeGroups).toEqual([]);
  });
});
