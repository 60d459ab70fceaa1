import { describe, expect, it } from 'vitest';
import { designOf, nodeClass } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { daemonSet, workload } from '../../../../test/fixtures/workloads';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import type { Workload } from '../pods/workload';
import { planDesign } from './planDesign';

const pool = poolWith('m7i', [
  requirement('karpenter.k8s.aws/instance-family', 'In', 'm7i'),
  requirement('karpenter.sh/capacity-type', 'In', 'on-demand'),
]);

function binding(w: Workload, port: number): Workload {
  const [container] = w.template.spec.containers;
  return {
    ...w,
    template: {
      ...w.template,
      spec: {
        ...w.template.spec,
        containers: [
          { ...container!, name: 'main', ports: [{ containerPort: port, hostPort: port }] },
        ],
      },
    },
  };
}

function plan(...workloads: Workload[]) {
  return planDesign({ design: designOf(nodeClass('default'), pool), workloads, catalog: CATALOG });
}

describe('host ports (spec 1.6 step 5, 1.12)', () => {
  it('puts one pod binding a host port on each node', () => {
    const p = plan(binding(workload('ingress', { cpu: '100m', replicas: 3 }), 443));
    expect(p.nodes.map((n) => n.podCount)).toEqual([1, 1, 1]);
  });

  it('keeps two workloads binding the same host port apart', () => {
    const p = plan(
      binding(workload('a', { cpu: '100m' }), 8080),
      binding(workload('b', { cpu: '100m' }), 8080),
    );
    expect(p.nodes).toHaveLength(2);
  });

  it('lets pods binding different ports share a node', () => {
    const p = plan(
      binding(workload('a', { cpu: '100m' }), 8080),
      binding(workload('b', { cpu: '100m' }), 9090),
    );
    expect(p.nodes).toHaveLength(1);
  });

  it('refuses a pod whose host port a DaemonSet on every type already binds', () => {
    const p = plan(
      binding(workload('web', { cpu: '100m' }), 9100),
      binding(daemonSet('node-exporter', { cpu: '50m' }), 9100),
    );
    const web = p.workloads.find((w) => w.name === 'web');
    expect(web?.placed).toBe(0);
    expect(web?.verdicts[0]?.verdict).toBe('refused');
    expect(web?.verdicts[0]?.refusal?.explanation).toBe(
      'The pod binds host port 9100/TCP, which a DaemonSet of this pool (node-exporter) already binds on every node.',
    );
  });
});
