import { describe, expect, it } from 'vitest';
import type { Design, Resource } from '../../design/types';
import { designOf, nodeClass } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { workloadNode } from '../../../../test/fixtures/workloadNodes';
import type { PodShape } from '../../../../test/fixtures/workloads';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import { podSpecOf } from '../../kube/workloadManifest';
import { planOfDesign } from '../plan/designPlan';
import type { Plan, WorkloadPlan } from '../plan/planTypes';
import { daemonSetPools, placementRows, type PlacementRow } from './placementRows';

const ARCH = 'kubernetes.io/arch';
const CAPACITY = 'karpenter.sh/capacity-type';
const general = [requirement(ARCH, 'In', 'amd64'), requirement(CAPACITY, 'In', 'on-demand')];
const GPU_TAINT = { key: 'nvidia.com/gpu', effect: 'NoSchedule' as const };

/** The rows of the workload `web` (shaped by `shape`) in a design of these pools. */
function rowsOf(shape: PodShape, ...pools: Resource[]): PlacementRow[] {
  const web = workloadNode('web', shape);
  const design: Design = designOf(nodeClass('default'), ...pools, web);
  const planned = planOfDesign(design, CATALOG);
  const plan = planned.byId.get(web.id);
  if (!plan) throw new Error('web was not planned');
  return placementRows(design, planned.plan, plan, podSpecOf(web.manifest));
}

function row(rows: readonly PlacementRow[], pool: string): PlacementRow {
  const found = rows.find((r) => r.pool === pool);
  if (!found) throw new Error(`no row for ${pool}`);
  return found;
}

describe('placement rows', () => {
  it('lists every pool in Karpenter’s order: weight descending, then name descending', () => {
    const rows = rowsOf(
      { cpu: '1' },
      poolWith('alpha', general),
      poolWith('zulu', general),
      poolWith('heavy', general, { spec: { weight: 50 } }),
    );
    expect(rows.map((r) => r.pool)).toEqual(['heavy', 'zulu', 'alpha']);
  });

  it('says how many pods the chosen pool takes and on which nodes', () => {
    const rows = rowsOf({ cpu: '1', replicas: 3 }, poolWith('general', general));
    const chosen = row(rows, 'general');
    expect(chosen.verdict).toBe('chosen');
    expect(chosen.reason).toMatch(
      /^Takes 3 pods on \d+ × [a-z0-9-]+\.[a-z0-9]+(?: \+ \d+ × \S+)*\.$/,
    );
  });

  it('says why an outranked pool ranks lower, by weight, and that its weight is the fix', () => {
    const rows = rowsOf(
      { cpu: '1' },
      poolWith('light', general, { spec: { weight: 10 } }),
      poolWith('heavy', general, { spec: { weight: 50 } }),
    );
    const light = row(rows, 'light');
    expect(light.verdict).toBe('outranked');
    expect(light.reason).toBe('Would take the pods, but ranks lower: weight 10 < 50 of "heavy".');
    expect(light.path).toBe('spec.weight');
  });

  it('says an equal weight loses by name', () => {
    const rows = rowsOf({ cpu: '1' }, poolWith('alpha', general), poolWith('zulu', general));
    expect(row(rows, 'alpha').reason).toContain('same weight 0 as "zulu"');
  });

  it('names the untolerated taint and the toleration to add', () => {
    const rows = rowsOf(
      { cpu: '1' },
      poolWith('gpu', general, { spec: { weight: 50 }, template: { taints: [GPU_TAINT] } }),
      poolWith('general', general),
    );
    const gpu = row(rows, 'gpu');
    expect(gpu.verdict).toBe('refused');
    expect(gpu.reason).toBe(
      'The pool taints its nodes nvidia.com/gpu:NoSchedule; the pod does not tolerate it.',
    );
    expect(gpu.fix).toContain('Add a toleration for `nvidia.com/gpu:NoSchedule`');
    expect(gpu.message).toBe('did not tolerate taint nvidia.com/gpu:NoSchedule');
    expect(gpu.path).toBe('spec.template.spec.taints');
  });

  it('says which architecture the pool allows and which the pod selects', () => {
    const rows = rowsOf(
      { cpu: '1', spec: { nodeSelector: { [ARCH]: 'amd64' } } },
      poolWith('graviton', [requirement(ARCH, 'In', 'arm64')]),
    );
    const graviton = row(rows, 'graviton');
    expect(graviton.verdict).toBe('refused');
    expect(graviton.reason).toBe(
      'kubernetes.io/arch: the pool allows arm64 only; the pod selects amd64.',
    );
    expect(graviton.fix).toBe(
      'Select arm64 in the pod, or allow amd64 in the pool’s kubernetes.io/arch.',
    );
    expect(graviton.path).toBe('spec.template.spec.requirements');
  });

  it('names a label the pod requires that the pool does not define', () => {
    const rows = rowsOf(
      { cpu: '1', spec: { nodeSelector: { team: 'ml' } } },
      poolWith('general', general),
    );
    const general0 = row(rows, 'general');
    expect(general0.verdict).toBe('refused');
    expect(general0.reason).toContain('requires the label team, which the pool does not define');
  });

  it('explains a request no type of the pool can hold', () => {
    const rows = rowsOf({ cpu: '1000' }, poolWith('general', general));
    const refused = row(rows, 'general');
    expect(refused.verdict).toBe('refused');
    expect(refused.reason).toMatch(/^Needs 1000 cpu; the largest type this pool allows/);
    expect(refused.fix).toBe(
      'Allow larger instance types in the pool, or lower the pod’s requests.',
    );
  });

  it('explains exhausted limits and points at them', () => {
    const rows = rowsOf(
      { cpu: '1' },
      poolWith('tiny', general, { spec: { limits: { cpu: '500m' } } }),
    );
    const tiny = row(rows, 'tiny');
    expect(tiny.verdict).toBe('refused');
    expect(tiny.reason).toContain('Limits count whole nodes’ capacity');
    expect(tiny.path).toBe('spec.limits');
  });

  it('says a pool without its EC2NodeClass takes no part', () => {
    const rows = rowsOf({ cpu: '1' }, poolWith('orphan', general, { className: 'missing' }));
    const orphan = row(rows, 'orphan');
    expect(orphan.reason).toContain('EC2NodeClass "missing"');
    expect(orphan.path).toBe('spec.template.spec.nodeClassRef.name');
  });

  it('says how many pods the chosen pool leaves pending, and why', () => {
    const rows = rowsOf(
      { cpu: '1', replicas: 10 },
      poolWith('capped', general, { spec: { limits: { cpu: '4' } } }),
    );
    const capped = row(rows, 'capped');
    expect(capped.verdict).toBe('chosen');
    expect(capped.reason).toMatch(/^Takes \d pods? on .*\d+ pods left pending: /);
    expect(capped.path).toBe('spec.limits');
  });

  it('marks a reason read from Karpenter’s code as uncertain', () => {
    const plan: Plan = { pools: [], nodes: [], workloads: [], daemonSets: [], pricePerHour: 0 };
    const web: WorkloadPlan = {
      workload: 0,
      name: 'web',
      replicas: 1,
      placed: 0,
      pending: 1,
      nodes: [],
      relaxed: [],
      notes: [],
      verdicts: [
        {
          poolId: 'np-x',
          pool: 'x',
          verdict: 'refused',
          pods: 0,
          refusal: { check: 'ignored', message: 'm', explanation: 'e', uncertain: true },
        },
      ],
    };
    const [only] = placementRows(designOf(), plan, web, undefined);
    expect(only).toMatchObject({ reason: 'e', uncertain: true, message: 'm' });
  });
});

describe('a DaemonSet’s placement', () => {
  it('lists the pools whose nodes run it, not verdicts', () => {
    const agent = workloadNode('agent', { cpu: '100m', kind: 'DaemonSet' });
    const design = designOf(
      nodeClass('default'),
      poolWith('general', general),
      poolWith('gpu', general, { template: { taints: [GPU_TAINT] } }),
      agent,
    );
    const planned = planOfDesign(design, CATALOG);
    expect(planned.byId.has(agent.id)).toBe(false);
    expect(daemonSetPools(planned, agent.id)).toEqual(['general']);
  });
});
