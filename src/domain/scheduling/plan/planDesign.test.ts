import { describe, expect, it } from 'vitest';
import type { Design, Resource } from '../../design/types';
import { designOf, nodeClass } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { daemonSet, workload } from '../../../../test/fixtures/workloads';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import type { Workload } from '../pods/workload';
import { planDesign } from './planDesign';
import type { WorkloadPlan } from './planTypes';

const ARCH = 'kubernetes.io/arch';
const TYPE = 'node.kubernetes.io/instance-type';
const FAMILY = 'karpenter.k8s.aws/instance-family';
const SIZE = 'karpenter.k8s.aws/instance-size';
const CAPACITY = 'karpenter.sh/capacity-type';

function design(...resources: Resource[]): Design {
  return designOf(nodeClass('default'), ...resources);
}

function plan(d: Design, ...workloads: Workload[]) {
  return planDesign({ design: d, workloads, catalog: CATALOG });
}

function only(p: ReturnType<typeof plan>, name: string): WorkloadPlan {
  const found = p.workloads.find((w) => w.name === name);
  if (!found) throw new Error(`no plan for ${name}`);
  return found;
}

function verdict(w: WorkloadPlan, pool: string) {
  const found = w.verdicts.find((v) => v.pool === pool);
  if (!found) throw new Error(`no verdict for ${pool}`);
  return found;
}

const general = [requirement(ARCH, 'In', 'amd64'), requirement(CAPACITY, 'In', 'on-demand')];

describe('pool order (spec 1.4)', () => {
  it('takes the heavier pool and says why the other ranks lower', () => {
    const p = plan(
      design(
        poolWith('light', general, { spec: { weight: 10 } }),
        poolWith('heavy', general, { spec: { weight: 50 } }),
      ),
      workload('web', { cpu: '1', memory: '1Gi' }),
    );
    const web = only(p, 'web');
    expect(web.pool).toBe('heavy');
    expect(web.verdicts.map((v) => [v.pool, v.verdict])).toEqual([
      ['heavy', 'chosen'],
      ['light', 'outranked'],
    ]);
    expect(verdict(web, 'light').note).toBe('"heavy" comes first: weight 50 against 10.');
  });

  it('breaks equal weights by name in reverse order: "zulu" before "alpha"', () => {
    const p = plan(
      design(poolWith('alpha', general), poolWith('zulu', general)),
      workload('web', { cpu: '1' }),
    );
    const web = only(p, 'web');
    expect(web.pool).toBe('zulu');
    expect(verdict(web, 'alpha').note).toContain('breaks ties by name in reverse order');
  });

  it('drops static pools and pools without their EC2NodeClass, with the reason', () => {
    const p = plan(
      designOf(
        poolWith('orphan', general, { className: 'missing' }),
        poolWith('static', general, { spec: { replicas: 3 } }),
      ),
      workload('web', { cpu: '1' }),
    );
    const web = only(p, 'web');
    expect(web.placed).toBe(0);
    expect(verdict(web, 'orphan').refusal?.message).toBe(
      'NodePool is not ready: EC2NodeClass "missing" not found',
    );
    expect(verdict(web, 'static').refusal?.message).toBe('static NodePool (spec.replicas)');
  });
});

describe('taints (spec 1.9)', () => {
  const gpuTaint = { key: 'nvidia.com/gpu', effect: 'NoSchedule' as const };

  it('refuses a pod that does not tolerate the taint, naming it', () => {
    const p = plan(
      design(poolWith('gpu', general, { template: { taints: [gpuTaint] } })),
      workload('web', { cpu: '1' }),
    );
    const refusal = verdict(only(p, 'web'), 'gpu').refusal;
    expect(refusal?.check).toBe('taint');
    expect(refusal?.message).toContain('did not tolerate');
    expect(refusal?.message).toContain('nvidia.com/gpu');
    expect(refusal?.fix).toContain('nvidia.com/gpu:NoSchedule');
  });

  it('places a pod that tolerates it', () => {
    const p = plan(
      design(poolWith('gpu', general, { template: { taints: [gpuTaint] } })),
      workload('web', {
        cpu: '1',
        spec: {
          tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
        },
      }),
    );
    expect(only(p, 'web').pool).toBe('gpu');
  });

  it('ignores startup taints when choosing a pool', () => {
    const p = plan(
      design(poolWith('init', general, { template: { startupTaints: [gpuTaint] } })),
      workload('web', { cpu: '1' }),
    );
    expect(only(p, 'web').pool).toBe('init');
  });

  it('treats PreferNoSchedule as NoSchedule until the last relaxation step', () => {
    const p = plan(
      design(
        poolWith('soft', general, {
          template: { taints: [{ key: 'spot-only', effect: 'PreferNoSchedule' }] },
        }),
      ),
      workload('web', { cpu: '1' }),
    );
    const web = only(p, 'web');
    expect(web.pool).toBe('soft');
    expect(web.relaxed).toHaveLength(1);
    expect(verdict(web, 'soft').verdict).toBe('chosen');
  });
});

describe('requirements (spec 1.3, 1.7, 1.8)', () => {
  it('refuses a pod selecting another architecture, with both sides in the message', () => {
    const p = plan(
      design(poolWith('x86', general)),
      workload('arm', { cpu: '1', spec: { nodeSelector: { [ARCH]: 'arm64' } } }),
    );
    const refusal = verdict(only(p, 'arm'), 'x86').refusal;
    expect(refusal?.check).toBe('requirements');
    expect(refusal?.message).toMatch(/^incompatible requirements, key kubernetes\.io\/arch/);
  });

  it('requires a custom label to be defined by the pool', () => {
    const pods = workload('ml', { cpu: '1', spec: { nodeSelector: { team: 'ml' } } });
    const without = plan(design(poolWith('plain', general)), pods);
    const refusal = verdict(only(without, 'ml'), 'plain').refusal;
    expect(refusal?.check).toBe('undefined-label');
    expect(refusal?.message).toContain('label "team" does not have known values');

    const labelled = poolWith('team-ml', general);
    labelled.manifest.spec.template.metadata = { labels: { team: 'ml' } };
    expect(only(plan(design(labelled), pods), 'ml').pool).toBe('team-ml');
  });

  it('lets a pod select a well-known label the pool leaves open', () => {
    const p = plan(
      design(poolWith('any', general)),
      workload('big', { cpu: '1', spec: { nodeSelector: { [FAMILY]: 'm7i' } } }),
    );
    const node = p.nodes[0];
    expect(node?.instanceType).toMatch(/^m7i\./);
  });

  it('uses only the first required node-affinity term, then relaxes to the next', () => {
    const affinity = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            { matchExpressions: [requirement(ARCH, 'In', 'arm64')] },
            { matchExpressions: [requirement(ARCH, 'In', 'amd64')] },
          ],
        },
      },
    };
    const p = plan(
      design(poolWith('x86', general)),
      workload('web', { cpu: '1', spec: { affinity } }),
    );
    const web = only(p, 'web');
    expect(web.pool).toBe('x86');
    expect(web.relaxed).toHaveLength(1);
  });

  it('treats the heaviest preferred term as required: a lower-weight spot pool wins', () => {
    const affinity = {
      nodeAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          {
            weight: 1,
            preference: { matchExpressions: [requirement(CAPACITY, 'In', 'on-demand')] },
          },
          { weight: 100, preference: { matchExpressions: [requirement(CAPACITY, 'In', 'spot')] } },
        ],
      },
    };
    const p = plan(
      design(
        poolWith('od', general, { spec: { weight: 50 } }),
        poolWith('spot', [requirement(ARCH, 'In', 'amd64'), requirement(CAPACITY, 'In', 'spot')]),
      ),
      workload('web', { cpu: '1', spec: { affinity } }),
    );
    const web = only(p, 'web');
    expect(web.pool).toBe('spot');
    expect(web.relaxed).toEqual([]);
    expect(p.nodes[0]?.capacityType).toBe('spot');
  });

  it.each([
    ['Exists', requirement('karpenter.k8s.aws/instance-gpu-count', 'Exists'), 'refused'],
    ['DoesNotExist', requirement('karpenter.k8s.aws/instance-gpu-count', 'DoesNotExist'), 'chosen'],
    ['Gt', requirement('karpenter.k8s.aws/instance-cpu', 'Gt', '32'), 'chosen'],
    ['Lt', requirement('karpenter.k8s.aws/instance-cpu', 'Lt', '3'), 'chosen'],
  ])('pod %s on a CPU pool', (_, expression, expected) => {
    const affinity = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [expression] }],
        },
      },
    };
    const cpuOnly = [
      ...general,
      requirement('karpenter.k8s.aws/instance-category', 'In', 'c', 'm', 'r'),
    ];
    const p = plan(
      design(poolWith('cpu', cpuOnly)),
      workload('web', { cpu: '1', spec: { affinity } }),
    );
    expect(verdict(only(p, 'web'), 'cpu').verdict).toBe(expected);
  });

  it('says a zone selection is not checked: zones come from the EC2NodeClass’s subnets', () => {
    const p = plan(
      design(poolWith('any', general)),
      workload('zonal', {
        cpu: '1',
        spec: { nodeSelector: { 'topology.kubernetes.io/zone': 'us-east-1b' } },
      }),
    );
    const zonal = only(p, 'zonal');
    expect(zonal.pool).toBe('any');
    expect(zonal.notes).toEqual([
      expect.stringContaining('selects topology.kubernetes.io/zone, which the plan does not check'),
    ]);
  });

  it('ignores pods that select kubernetes.io/hostname or an unknown karpenter.sh label', () => {
    const p = plan(
      design(poolWith('any', general)),
      workload('pinned', {
        cpu: '1',
        spec: { nodeSelector: { 'kubernetes.io/hostname': 'ip-10-0-0-1' } },
      }),
      workload('odd', { cpu: '1', spec: { nodeSelector: { 'karpenter.sh/whatever': 'x' } } }),
    );
    for (const name of ['pinned', 'odd']) {
      const w = only(p, name);
      expect(w.ignored?.check).toBe('ignored');
      expect(w.pending).toBe(1);
      expect(verdict(w, 'any').verdict).toBe('refused');
    }
    expect(p.nodes).toEqual([]);
  });
});

describe('instance types, packing and DaemonSets (spec 1.6, 1.12, 3.5)', () => {
  it('names the largest allowed type and what it lacks', () => {
    const p = plan(
      design(
        poolWith('g5', [
          requirement(FAMILY, 'In', 'g5'),
          requirement(SIZE, 'In', 'xlarge', '2xlarge', '12xlarge'),
          requirement(CAPACITY, 'In', 'on-demand'),
        ]),
      ),
      workload('train', { cpu: '8', requests: { 'nvidia.com/gpu': '8' } }),
    );
    const refusal = verdict(only(p, 'train'), 'g5').refusal;
    expect(refusal?.message).toMatch(/^no instance type has enough resources/);
    expect(refusal?.explanation).toBe(
      'Needs 8 nvidia.com/gpu; the largest type this pool allows, g5.12xlarge, has 4.',
    );
  });

  it('reads GPU requests from limits, as the API server defaults them', () => {
    const p = plan(
      design(
        poolWith('g5', [requirement(FAMILY, 'In', 'g5'), requirement(CAPACITY, 'In', 'on-demand')]),
      ),
      workload('infer', { cpu: '1', limits: { 'nvidia.com/gpu': '1' } }),
    );
    expect(p.nodes[0]?.instanceType).toBe('g5.xlarge');
  });

  it('packs the spec example: 500m / 1Gi pods with 150m / 200Mi of DaemonSets on m5.large, 3 per node', () => {
    const p = plan(
      design(
        poolWith('small', [
          requirement(TYPE, 'In', 'm5.large'),
          requirement(CAPACITY, 'In', 'on-demand'),
        ]),
      ),
      workload('web', { cpu: '500m', memory: '1Gi', replicas: 6 }),
      daemonSet('logs', { cpu: '100m', memory: '100Mi' }),
      daemonSet('metrics', { cpu: '50m', memory: '100Mi' }),
    );
    expect(p.nodes.map((n) => [n.instanceType, n.podCount, n.binding])).toEqual([
      ['m5.large', 3, 'cpu'],
      ['m5.large', 3, 'cpu'],
    ]);
    expect(p.nodes[0]?.daemonSets).toEqual(['logs', 'metrics']);
    expect(p.nodes[0]?.daemonOverhead['cpu']).toBeCloseTo(0.15, 9);
    expect(p.nodes[0]?.daemonOverhead['pods']).toBe(2);
    expect(p.daemonSets.map((d) => [d.name, d.pools])).toEqual([
      ['logs', ['small']],
      ['metrics', ['small']],
    ]);
  });

  it('keeps packing a NodeClaim until its largest type is full, then launches the cheapest that holds it all', () => {
    const p = plan(
      design(
        poolWith('m7i', [
          requirement(FAMILY, 'In', 'm7i'),
          requirement(CAPACITY, 'In', 'on-demand'),
        ]),
      ),
      workload('web', { cpu: '1', memory: '2Gi', replicas: 10 }),
    );
    expect(p.nodes).toHaveLength(1);
    const node = p.nodes[0]!;
    expect(node.podCount).toBe(10);
    // 10 vCPU of requests: the cheapest m7i that holds them is the 4xlarge (16 vCPU).
    expect(node.instanceType).toBe('m7i.4xlarge');
    expect(node.pricePerHour).toBeCloseTo(0.8064, 4);
    expect(node.capacityType).toBe('on-demand');
  });

  it('fills NodeClaims already planned before opening new ones, even from a lower-weight pool', () => {
    const team = poolWith('team', general, { spec: { weight: 1 } });
    team.manifest.spec.template.metadata = { labels: { team: 'data' } };
    const p = plan(
      design(poolWith('main', general, { spec: { weight: 100 } }), team),
      workload('etl', { cpu: '4', spec: { nodeSelector: { team: 'data' } } }),
      workload('web', { cpu: '1' }),
    );
    const web = only(p, 'web');
    expect(web.pool).toBe('team');
    expect(verdict(web, 'main').verdict).toBe('outranked');
    expect(verdict(web, 'main').note).toContain('already planned for "team"');
  });
});

describe('limits (spec 1.11)', () => {
  it('counts node capacity, pessimistically, and hands the rest to the next pool', () => {
    const capped = poolWith('capped', general, { spec: { weight: 10, limits: { cpu: '16' } } });
    const p = plan(
      design(capped, poolWith('overflow', general)),
      workload('batch', { cpu: '3', replicas: 8 }),
    );
    const batch = only(p, 'batch');
    expect(batch.placed).toBe(8);
    const pools = new Set(batch.verdicts.filter((v) => v.verdict === 'chosen').map((v) => v.pool));
    expect(pools).toEqual(new Set(['capped', 'overflow']));
    const cappedPlan = p.pools.find((x) => x.pool === 'capped');
    expect(cappedPlan?.limitsLeft?.['cpu']).toBeLessThanOrEqual(0 + 16);
  });

  it('says when every allowed type exceeds what is left', () => {
    const p = plan(
      design(poolWith('tiny', general, { spec: { limits: { cpu: '500m' } } })),
      workload('web', { cpu: '250m' }),
    );
    const refusal = verdict(only(p, 'web'), 'tiny').refusal;
    expect(refusal?.message).toBe('all available instance types exceed limits for nodepool');
    expect(refusal?.explanation).toContain('500m of 500m cpu left');
  });

  it('says on the chosen pool why it took no more, when its limits leave pods pending', () => {
    const p = plan(
      design(poolWith('capped', general, { spec: { limits: { cpu: '4' } } })),
      workload('batch', { cpu: '1500m', replicas: 3 }),
    );
    const batch = only(p, 'batch');
    expect(batch.placed).toBeGreaterThan(0);
    expect(batch.pending).toBeGreaterThan(0);
    const capped = verdict(batch, 'capped');
    expect(capped.verdict).toBe('chosen');
    expect(capped.refusal?.message).toBe('all available instance types exceed limits for nodepool');
  });

  it('does not stop a batch at limits.nodes, and says so as uncertain', () => {
    const p = plan(
      design(
        poolWith(
          'one',
          [requirement(TYPE, 'In', 'm5.large'), requirement(CAPACITY, 'In', 'on-demand')],
          {
            spec: { limits: { nodes: '1' } },
          },
        ),
      ),
      workload('big', { cpu: '1500m', replicas: 3 }),
    );
    expect(p.nodes).toHaveLength(3);
    expect(p.pools[0]?.limitsLeft).toEqual({ nodes: 1 });
    const notes = only(p, 'big').notes;
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('"one" launches 3 nodes although limits.nodes is 1');
    expect(notes[0]).toContain('uncertain');
  });

  it('refuses, on a pool the plan’s other nodes filled, the pods it leaves pending', () => {
    const p = plan(
      design(
        poolWith('capped', general, { spec: { weight: 10, limits: { cpu: '8' } } }),
        poolWith('other', [requirement(ARCH, 'In', 'arm64')]),
      ),
      workload('first', { cpu: '3', replicas: 2 }),
      workload('second', {
        cpu: '2500m',
        replicas: 4,
        spec: { nodeSelector: { [ARCH]: 'amd64' } },
      }),
    );
    const second = only(p, 'second');
    expect(second.pending).toBeGreaterThan(0);
    const capped = verdict(second, 'capped');
    expect(capped.verdict).not.toBe('outranked');
    expect(capped.refusal?.check).toBe('limits');
    expect(capped.refusal?.explanation).toContain('Other nodes of this plan used the limits up.');
  });

  it('refuses at once when limits.nodes is 0', () => {
    const p = plan(
      design(poolWith('none', general, { spec: { limits: { nodes: '0' } } })),
      workload('web', { cpu: '1' }),
    );
    expect(verdict(only(p, 'web'), 'none').refusal?.message).toBe(
      'node limits have been exhausted for nodepool',
    );
  });
});

describe('minValues (spec 1.13)', () => {
  it('skips a pool whose own requirements cannot meet minValues', () => {
    const p = plan(
      design(
        poolWith('picky', [
          { key: FAMILY, operator: 'In', values: ['m5', 'm6i'], minValues: 3 },
          requirement(CAPACITY, 'In', 'on-demand'),
        ]),
      ),
      workload('web', { cpu: '1' }),
    );
    const refusal = verdict(only(p, 'web'), 'picky').refusal;
    expect(refusal?.check).toBe('min-values');
    expect(refusal?.message).toContain('minValues requirement is not met');
  });
});

describe('a resource no allowed type has', () => {
  it('says so rather than naming a "largest" type with none', () => {
    const cpuPool = poolWith('cpu', [
      requirement('karpenter.k8s.aws/instance-category', 'In', 'c', 'm', 'r'),
      requirement(CAPACITY, 'In', 'on-demand'),
    ]);
    const p = plan(
      design(cpuPool),
      workload('train', { cpu: '1', requests: { 'nvidia.com/gpu': '1' } }),
    );
    expect(verdict(only(p, 'train'), 'cpu').refusal?.explanation).toBe(
      'Needs 1 nvidia.com/gpu; no instance type this pool allows has any.',
    );
  });
});
