import { describe, expect, it } from 'vitest';
import { designOf, nodeClass } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { workloadNode } from '../../../../test/fixtures/workloadNodes';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import type { Resource } from '../../design/types';
import type { Taint } from '../../karpenter/model/types';
import { planOfDesign } from '../plan/designPlan';
import { daemonSetChips } from './daemonSetChips';
import { planProblems } from './planProblems';
import { placementsOf } from './placements';
import { workloadVerdict } from './workloadVerdict';

const node = workloadNode;

const general = [
  requirement('kubernetes.io/arch', 'In', 'amd64'),
  requirement('karpenter.sh/capacity-type', 'In', 'on-demand'),
  requirement('karpenter.k8s.aws/instance-family', 'In', 'm7i'),
];
const gpuTaint: Taint = { key: 'nvidia.com/gpu', effect: 'NoSchedule' };
const gpuPool = poolWith(
  'gpu',
  [
    requirement('karpenter.sh/capacity-type', 'In', 'on-demand'),
    requirement('karpenter.k8s.aws/instance-family', 'In', 'g5'),
  ],
  { template: { taints: [gpuTaint] }, spec: { weight: 50 } },
);
const toleratesGpu = { tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists' as const }] };

function planned(...resources: Resource[]) {
  return planOfDesign(designOf(nodeClass('default'), ...resources), CATALOG);
}

describe('placementsOf', () => {
  it('gives a workload one placement on the pool Karpenter chooses, labelled with its nodes', () => {
    const { plan, byId } = planned(
      poolWith('general', general),
      gpuPool,
      node('web', { cpu: '3', memory: '4Gi', replicas: 3 }),
    );
    const web = byId.get('wl-web')!;
    const placements = placementsOf(plan).get(web.workload);
    expect(placements?.map((p) => [p.pool, p.poolId, p.pods])).toEqual([
      ['general', 'np-general', 3],
    ]);
    expect(placements?.[0]?.label).toMatch(/^\d+ × m7i\.\w+ · on-demand · ~\$\d+\.\d\d\/h$/);
  });

  it('moves to the GPU pool once the pod asks for a GPU and tolerates its taint', () => {
    const { plan, byId } = planned(
      poolWith('general', general),
      gpuPool,
      node('train', { cpu: '1', requests: { 'nvidia.com/gpu': '1' }, spec: toleratesGpu }),
    );
    const placements = placementsOf(plan).get(byId.get('wl-train')!.workload);
    expect(placements?.map((p) => p.pool)).toEqual(['gpu']);
    expect(placements?.[0]?.label).toMatch(/^1 × g5\.\w+ · on-demand/);
  });

  it('draws a workload split over two pools to both', () => {
    const capped = poolWith('capped', general, { spec: { weight: 50, limits: { cpu: '8' } } });
    const { plan, byId } = planned(
      capped,
      poolWith('overflow', general),
      node('web', { cpu: '3', replicas: 4 }),
    );
    const placements = placementsOf(plan).get(byId.get('wl-web')!.workload) ?? [];
    expect(placements.map((p) => p.pool).sort()).toEqual(['capped', 'overflow']);
    expect(placements.reduce((sum, p) => sum + p.pods, 0)).toBe(4);
  });

  it('gives a pending workload no placement', () => {
    const { plan, byId } = planned(
      gpuPool,
      node('train', { cpu: '1', requests: { 'nvidia.com/gpu': '1' } }),
    );
    expect(placementsOf(plan).get(byId.get('wl-train')!.workload)).toBeUndefined();
  });
});

describe('planProblems', () => {
  it('warns of a pending workload, naming it, the pool and the reason', () => {
    const result = planned(
      gpuPool,
      node('train', { cpu: '1', requests: { 'nvidia.com/gpu': '1' }, replicas: 2 }),
    );
    expect(planProblems(result)).toEqual([
      {
        severity: 'warning',
        resourceId: 'wl-train',
        path: 'spec.template.spec',
        message:
          'Workload "train": 2 of 2 pods would stay pending: NodePool "gpu": The pool taints its nodes nvidia.com/gpu:NoSchedule; the pod does not tolerate it.',
        detail:
          '2 of 2 pods would stay pending: NodePool "gpu": The pool taints its nodes nvidia.com/gpu:NoSchedule; the pod does not tolerate it.',
        rule: 'plan/pending',
      },
    ]);
  });

  it('says nothing of workloads that land', () => {
    const result = planned(poolWith('general', general), node('web', { cpu: '1' }));
    expect(planProblems(result)).toEqual([]);
  });

  it('warns when there is no pool at all', () => {
    const result = planned(node('web', { cpu: '1' }));
    expect(planProblems(result).map((p) => p.message)).toEqual([
      'Workload "web": 1 of 1 pod would stay pending: The design has no NodePool.',
    ]);
  });
});

describe('daemonSetChips', () => {
  it('shows the DaemonSets a pool runs and what they take from each node', () => {
    const { plan } = planned(
      poolWith('general', general),
      gpuPool,
      node('logs', { kind: 'DaemonSet', cpu: '200m', memory: '256Mi' }),
      node('metrics', { kind: 'DaemonSet', cpu: '100m', memory: '144Mi' }),
      node('web', { cpu: '1' }),
    );
    expect(daemonSetChips(plan).get('np-general')).toBe('DaemonSets: 2 · cpu 300m, memory 400Mi');
    // The GPU pool's taint keeps both DaemonSets off its nodes.
    expect(daemonSetChips(plan).has('np-gpu')).toBe(false);
  });
});

describe('workloadVerdict', () => {
  it('says "planning…" until the catalog has loaded, never a guess', () => {
    expect(workloadVerdict(undefined, 'wl-web')).toEqual({
      pool: '',
      text: 'planning…',
      tone: 'wait',
    });
  });

  it('names the chosen pool', () => {
    const result = planned(poolWith('general', general), node('web', { cpu: '1' }));
    expect(workloadVerdict(result, 'wl-web')).toEqual({
      pool: 'general',
      text: '→ general',
      tone: 'ok',
    });
  });

  it('turns pending with the first refusal when no pool takes the pods', () => {
    const result = planned(gpuPool, node('train', { requests: { 'nvidia.com/gpu': '1' } }));
    expect(workloadVerdict(result, 'wl-train')).toEqual({
      pool: '',
      text: 'pending: 1 of 1 pod',
      tone: 'pending',
      why: 'NodePool "gpu": The pool taints its nodes nvidia.com/gpu:NoSchedule; the pod does not tolerate it.',
    });
  });

  it('keeps the pool but turns pending when only some pods land', () => {
    const capped = poolWith('capped', general, { spec: { limits: { cpu: '8' } } });
    const verdict = workloadVerdict(
      planned(capped, node('web', { cpu: '3', replicas: 6 })),
      'wl-web',
    );
    expect(verdict.pool).toBe('capped');
    expect(verdict.tone).toBe('pending');
    expect(verdict.text).toMatch(/^→ capped · \d of 6 pending$/);
    expect(verdict.why).toMatch(/^NodePool "capped": /);
  });

  it('says on how many pools a DaemonSet runs, with no pool of its own', () => {
    const result = planned(
      poolWith('general', general),
      gpuPool,
      node('logs', { kind: 'DaemonSet', cpu: '100m' }),
    );
    expect(workloadVerdict(result, 'wl-logs')).toEqual({
      pool: '',
      text: 'DaemonSet: runs on 1 pool',
      tone: 'ok',
    });
  });
});
