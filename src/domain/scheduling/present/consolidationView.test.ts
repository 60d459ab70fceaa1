import { describe, expect, it } from 'vitest';
import type { Resource } from '../../design/types';
import type { Disruption } from '../../karpenter/model/types';
import { podTemplateOf, withPodTemplate } from '../../kube/workloadManifest';
import { designOf, nodeClass } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { workloadNode } from '../../../../test/fixtures/workloadNodes';
import type { PodShape } from '../../../../test/fixtures/workloads';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import { planOfDesign } from '../plan/designPlan';
import { previewScale, type ConsolidationView } from './consolidationView';

const ARCH = 'kubernetes.io/arch';
const CAPACITY = 'karpenter.sh/capacity-type';

function general(disruption: Disruption, restrict: ReturnType<typeof requirement>) {
  return poolWith(
    'general',
    [requirement(ARCH, 'In', 'amd64'), requirement(CAPACITY, 'In', 'on-demand'), restrict],
    { spec: { disruption } },
  );
}

const FAMILY_M5 = requirement('karpenter.k8s.aws/instance-family', 'In', 'm5');
const ONLY_LARGE = requirement('node.kubernetes.io/instance-type', 'In', 'm5.large');

function preview(pool: Resource, shape: PodShape, to: number): ConsolidationView {
  const design = designOf(nodeClass('default'), pool, workloadNode('web', shape));
  const view = previewScale(design, planOfDesign(design, CATALOG), CATALOG, 'wl-web', to);
  if (!view) throw new Error('no preview');
  return view;
}

function nodeOf(view: ConsolidationView, id: string) {
  const found = view.pools.flatMap((p) => p.nodes).find((n) => n.node === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

const underutilized: Disruption = {
  consolidationPolicy: 'WhenEmptyOrUnderutilized',
  consolidateAfter: '1m',
  budgets: [{ nodes: '10%' }],
};

describe('previewScale', () => {
  it('shows a node left half full replaced by a cheaper one under WhenEmptyOrUnderutilized', () => {
    // Six 1.5-CPU pods plan on one m5.4xlarge; two of them fit an m5.xlarge.
    const view = preview(general(underutilized, FAMILY_M5), { cpu: '1500m', replicas: 6 }, 2);
    const node = nodeOf(view, 'general-1');
    expect(node.fate).toBe('replaced');
    expect(node.verdict).toContain('replaced by m5.xlarge (on-demand): saves $0.576/h');
    expect(node.pods).toBe('6 → 0 pods');
    expect(nodeOf(view, 'general-2').verdict).toBe('new, replaces general-1');
    expect(view.headline).toBe(
      'Scaling web from 6 to 2: 1 node replaced by cheaper ones, saving $0.576/h.',
    );
    expect(view.pools[0]?.policy).toMatch(/^WhenEmptyOrUnderutilized/);
    expect(view.pools[0]?.when).toContain('after 1m');
    expect(view.pools[0]?.budgets.join(' ')).toContain('at most 1 at once');
  });

  it('keeps the same node under WhenEmpty, saying why', () => {
    const whenEmpty: Disruption = { ...underutilized, consolidationPolicy: 'WhenEmpty' };
    const view = preview(general(whenEmpty, FAMILY_M5), { cpu: '1500m', replicas: 6 }, 2);
    const node = nodeOf(view, 'general-1');
    expect(node.fate).toBe('stays');
    expect(node.pods).toBe('6 → 2 pods');
    expect(node.reason).toContain('consolidation policy WhenEmpty, but node is not empty');
    expect(view.headline).toBe('Scaling web from 6 to 2: every node stays.');
    expect(view.savingsPerHour).toBe(0);
  });

  it('lets a node emptied by the scale-down go', () => {
    // m5.large holds three 500m pods: six replicas plan on two nodes, three go from one.
    const whenEmpty: Disruption = { consolidationPolicy: 'WhenEmpty', consolidateAfter: '0s' };
    const view = preview(general(whenEmpty, ONLY_LARGE), { cpu: '500m', replicas: 6 }, 3);
    const going = view.pools[0]?.nodes.filter((n) => n.fate === 'goes') ?? [];
    expect(going).toHaveLength(1);
    expect(going[0]?.verdict).toBe('goes (empty)');
    expect(going[0]?.step).toBe(1);
    expect(view.headline).toMatch(/^Scaling web from 6 to 3: 1 node goes, saving \$0\.096\/h\.$/);
  });

  it('keeps a node whose pods may not be disrupted, saying so', () => {
    // The 2 pods left keep an annotation Karpenter honours: the node is not a candidate.
    const web = workloadNode('web', { cpu: '1500m', replicas: 6 });
    const template = podTemplateOf(web.manifest) ?? { spec: { containers: [] } };
    const pinned = withPodTemplate(web.manifest, {
      ...template,
      metadata: { ...template.metadata, annotations: { 'karpenter.sh/do-not-disrupt': 'true' } },
    });
    const design = designOf(nodeClass('default'), general(underutilized, FAMILY_M5), {
      ...web,
      manifest: pinned,
    });
    const view = previewScale(design, planOfDesign(design, CATALOG), CATALOG, 'wl-web', 2);
    const node = view?.pools[0]?.nodes.find((n) => n.node === 'general-1');
    expect(node?.fate).toBe('stays');
    expect(node?.reason).toContain('do-not-disrupt');
  });

  it('says nothing changes when the replicas do not go down', () => {
    const view = preview(general(underutilized, FAMILY_M5), { cpu: '1500m', replicas: 2 }, 4);
    expect(view.headline).toBe('Scaling web from 2 to 4 is no scale-down: no node goes.');
  });

  it('has no preview for a DaemonSet', () => {
    const design = designOf(
      nodeClass('default'),
      general(underutilized, FAMILY_M5),
      workloadNode('agent', { kind: 'DaemonSet', cpu: '100m' }),
    );
    expect(previewScale(design, planOfDesign(design, CATALOG), CATALOG, 'wl-agent', 0)).toBe(
      undefined,
    );
  });
});
