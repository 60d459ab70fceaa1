import { describe, expect, it } from 'vitest';
import type { Design, OtherDocument } from '../../design/types';
import { designOf, nodeClass } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { workload } from '../../../../test/fixtures/workloads';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import { planDesign } from '../plan/planDesign';

function overlay(name: string, spec: string): OtherDocument {
  return {
    id: `other-${name}`,
    apiVersion: 'karpenter.sh/v1alpha1',
    kind: 'NodeOverlay',
    name,
    text: `apiVersion: karpenter.sh/v1alpha1\nkind: NodeOverlay\nmetadata:\n  name: ${name}\nspec:\n${spec}`,
  };
}

function withOthers(design: Design, ...others: OtherDocument[]): Design {
  return { ...design, others };
}

const m7i = [
  requirement('karpenter.k8s.aws/instance-family', 'In', 'm7i'),
  requirement('karpenter.sh/capacity-type', 'In', 'on-demand'),
];

describe('NodeOverlays the user imported', () => {
  it('add capacity Karpenter then schedules against', () => {
    const design = designOf(nodeClass('default'), poolWith('fpga', m7i));
    const pod = workload('hls', { cpu: '1', requests: { 'example.com/fpga': '1' } });
    const without = planDesign({ design, workloads: [pod], catalog: CATALOG });
    expect(without.workloads[0]?.placed).toBe(0);

    const overlaid = withOthers(
      design,
      overlay(
        'fpga',
        '  requirements:\n    - key: karpenter.sh/nodepool\n      operator: In\n      values: [fpga]\n  capacity:\n    example.com/fpga: "2"\n',
      ),
    );
    const plan = planDesign({
      design: overlaid,
      workloads: [{ ...pod, replicas: 4 }],
      catalog: CATALOG,
    });
    expect(plan.workloads[0]?.placed).toBe(4);
    expect(plan.nodes.map((n) => n.podCount)).toEqual([2, 2]);
  });

  it('change the price the launch is chosen by', () => {
    const design = withOthers(
      designOf(nodeClass('default'), poolWith('general', m7i)),
      overlay(
        'cheap-2xl',
        '  requirements:\n    - key: node.kubernetes.io/instance-type\n      operator: In\n      values: [m7i.2xlarge]\n  price: "0.01"\n',
      ),
    );
    const plan = planDesign({
      design,
      workloads: [workload('web', { cpu: '1' })],
      catalog: CATALOG,
    });
    expect(plan.nodes[0]?.instanceType).toBe('m7i.2xlarge');
    expect(plan.nodes[0]?.pricePerHour).toBe(0.01);
  });

  it('marks an overlay that replaces a resource the type already has as uncertain', () => {
    const design = withOthers(
      designOf(
        nodeClass('default'),
        poolWith('gpu', [requirement('karpenter.k8s.aws/instance-family', 'In', 'g5')]),
      ),
      overlay('more-gpus', '  requirements: []\n  capacity:\n    nvidia.com/gpu: "16"\n'),
    );
    const plan = planDesign({ design, workloads: [], catalog: CATALOG });
    const note = plan.pools[0]?.notes.find((n) => n.text.includes('nvidia.com/gpu'));
    expect(note?.uncertain).toBe(true);
  });
});
