import { describe, expect, it } from 'vitest';
import type { Design, Resource } from '../../design/types';
import type { MigProfileResource } from '../../mig/migProfile';
import { designOf, migProfile, nodeClass } from '../../../../test/fixtures/fixtures';
import { classWith, poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { planOf, verdictOf, workloadPlan } from '../../../../test/fixtures/plans';
import { daemonSet, workload } from '../../../../test/fixtures/workloads';
import type { Toleration } from '../pods/workload';

const ARCH = 'kubernetes.io/arch';
const TYPE = 'node.kubernetes.io/instance-type';
const FAMILY = 'karpenter.k8s.aws/instance-family';
const SIZE = 'karpenter.k8s.aws/instance-size';
const CPU = 'karpenter.k8s.aws/instance-cpu';
const CAPACITY = 'karpenter.sh/capacity-type';
const MI = 2 ** 20;
const onDemand = requirement(CAPACITY, 'In', 'on-demand');

function design(...resources: Resource[]): Design {
  return designOf(nodeClass('default'), ...resources);
}

describe('Gte and Lte in pool requirements (spec 1.7: inclusive bounds, Karpenter-only)', () => {
  const m5 = requirement(FAMILY, 'In', 'm5');

  it('Gte 8 admits the 8-vCPU type; Gt 8 does not', () => {
    const gte = planOf(
      design(poolWith('gte', [m5, onDemand, requirement(CPU, 'Gte', '8')])),
      workload('web', { cpu: '1' }),
    );
    expect(gte.nodes[0]?.instanceType).toBe('m5.2xlarge');
    const gt = planOf(
      design(poolWith('gt', [m5, onDemand, requirement(CPU, 'Gt', '8')])),
      workload('web', { cpu: '1' }),
    );
    expect(gt.nodes[0]?.instanceType).toBe('m5.4xlarge');
  });

  it('Lte 16 keeps the 16-vCPU type as the largest, and names it when a pod is too big', () => {
    const p = planOf(
      design(poolWith('lte', [m5, onDemand, requirement(CPU, 'Lte', '16')])),
      workload('big', { cpu: '20' }),
    );
    const refusal = verdictOf(workloadPlan(p, 'big'), 'lte').refusal;
    expect(refusal?.message).toMatch(/^no instance type has enough resources/);
    expect(refusal?.explanation).toContain('m5.4xlarge');
  });

  it('Gte and Lte together leave exactly the types between', () => {
    const p = planOf(
      design(
        poolWith('band', [
          m5,
          onDemand,
          requirement(CPU, 'Gte', '8'),
          requirement(CPU, 'Lte', '16'),
        ]),
      ),
      workload('web', { cpu: '1' }),
    );
    expect(p.pools[0]?.instanceTypes).toBe(2);
    expect(p.nodes[0]?.instanceTypes).toEqual(['m5.2xlarge', 'm5.4xlarge']);
  });
});

describe('DaemonSet overhead (spec 1.12)', () => {
  const mixed = [requirement(FAMILY, 'In', 'm5', 'm6g'), onDemand];

  it('differs per instance type: an arch-specific DaemonSet counts only on types of its arch', () => {
    const p = planOf(
      design(poolWith('mixed', mixed)),
      workload('arm', { cpu: '1', spec: { nodeSelector: { [ARCH]: 'arm64' } } }),
      workload('x86', { cpu: '1', spec: { nodeSelector: { [ARCH]: 'amd64' } } }),
      daemonSet('arm-agent', { cpu: '500m', spec: { nodeSelector: { [ARCH]: 'arm64' } } }),
      daemonSet('x86-agent', { cpu: '200m', spec: { nodeSelector: { [ARCH]: 'amd64' } } }),
    );
    const armNode = p.nodes.find((n) => n.instanceType.startsWith('m6g.'));
    const x86Node = p.nodes.find((n) => n.instanceType.startsWith('m5.'));
    expect(armNode?.daemonSets).toEqual(['arm-agent']);
    expect(armNode?.daemonOverhead['cpu']).toBeCloseTo(0.5, 9);
    expect(x86Node?.daemonSets).toEqual(['x86-agent']);
    expect(x86Node?.daemonOverhead['cpu']).toBeCloseTo(0.2, 9);
    expect(p.daemonSets.map((d) => [d.name, d.pools])).toEqual([
      ['arm-agent', ['mixed']],
      ['x86-agent', ['mixed']],
    ]);
  });

  it('leaves out a DaemonSet that does not tolerate the pool’s taint, but not for PreferNoSchedule', () => {
    const tolerateMl: Toleration = {
      key: 'dedicated',
      operator: 'Equal',
      value: 'ml',
      effect: 'NoSchedule',
    };
    const p = planOf(
      design(
        poolWith('ml', [requirement(TYPE, 'In', 'm5.large'), onDemand], {
          template: {
            taints: [
              { key: 'dedicated', value: 'ml', effect: 'NoSchedule' },
              { key: 'quiet', effect: 'PreferNoSchedule' },
            ],
          },
        }),
      ),
      workload('train', {
        cpu: '1',
        spec: { tolerations: [tolerateMl, { key: 'quiet', operator: 'Exists' }] },
      }),
      daemonSet('logs', { cpu: '100m' }),
      daemonSet('gpu-agent', { cpu: '100m', spec: { tolerations: [tolerateMl] } }),
    );
    expect(p.nodes[0]?.daemonSets).toEqual(['gpu-agent']);
    expect(p.nodes[0]?.daemonOverhead['pods']).toBe(1);
    expect(p.daemonSets.find((d) => d.name === 'logs')?.pools).toEqual([]);
  });
});

describe('minValues on a NodeClaim (spec 1.13)', () => {
  it('refuses a pod only one family can hold, with Karpenter’s minValues message', () => {
    const p = planOf(
      design(
        poolWith('diverse', [
          { key: FAMILY, operator: 'In', values: ['m5', 'c5'], minValues: 2 },
          onDemand,
        ]),
      ),
      // 300Gi fits m5.24xlarge (384 GiB) but no c5 (192 GiB at most).
      workload('cache', { cpu: '4', memory: '300Gi' }),
    );
    const cache = workloadPlan(p, 'cache');
    expect(cache.pending).toBe(1);
    const refusal = verdictOf(cache, 'diverse').refusal;
    expect(refusal?.check).toBe('min-values');
    expect(refusal?.message).toBe(
      'minValues requirement is not met for label(s) (label(s)=[karpenter.k8s.aws/instance-family])',
    );
  });

  it('places the same pod when the pool asks for one family', () => {
    const p = planOf(
      design(
        poolWith('diverse', [
          { key: FAMILY, operator: 'In', values: ['m5', 'c5'], minValues: 1 },
          onDemand,
        ]),
      ),
      workload('cache', { cpu: '4', memory: '300Gi' }),
    );
    expect(p.nodes[0]?.instanceType).toMatch(/^m5\./);
  });
});

describe('MIG (issue 15 section 2; spec 2.2, 2.7)', () => {
  const MIG = 'nvidia.com/mig-1g.10gb';
  const migTaint = { key: 'nvidia.com/mig.config', operator: 'Exists' };
  const inference = (replicas = 1) =>
    workload('infer', {
      cpu: '1',
      memory: '4Gi',
      requests: { [MIG]: '1' },
      replicas,
      spec: { tolerations: [migTaint] },
    });
  const p5Pool = (profile?: MigProfileResource) => ({
    ...poolWith('h100', [requirement(TYPE, 'In', 'p5.48xlarge'), onDemand]),
    ...(profile ? { migProfileId: profile.id } : {}),
  });

  it('(a) with no MIG profile in the design: pending, and says what to add', () => {
    const p = planOf(design(p5Pool()), inference());
    const infer = workloadPlan(p, 'infer');
    expect(infer.pending).toBe(1);
    const refusal = verdictOf(infer, 'h100').refusal;
    expect(refusal?.message).toMatch(/^no instance type has enough resources/);
    expect(refusal?.explanation).toContain(`No MIG profile in the design yields ${MIG}`);
    expect(refusal?.fix).toContain('NodeOverlay export on');
  });

  it('(b) with the profile’s NodeOverlay export off: pending, asks to turn it on', () => {
    const profile = { ...migProfile('h100'), strategy: 'mixed' as const, nodeOverlay: false };
    const p = planOf(design(p5Pool(profile), profile), inference());
    const infer = workloadPlan(p, 'infer');
    expect(infer.pending).toBe(1);
    const refusal = verdictOf(infer, 'h100').refusal;
    expect(refusal?.explanation).toContain('exports no NodeOverlay');
    expect(refusal?.fix).toContain('Turn on the NodeOverlay export of MIG profile "h100"');
  });

  it('(b) with the single strategy: pending, asks for the mixed strategy', () => {
    const profile = { ...migProfile('h100'), strategy: 'single' as const, nodeOverlay: false };
    const p = planOf(design(p5Pool(profile), profile), inference());
    const infer = workloadPlan(p, 'infer');
    expect(infer.pending).toBe(1);
    const refusal = verdictOf(infer, 'h100').refusal;
    expect(refusal?.explanation).toContain('yields it, but the design exports no NodeOverlay');
    expect(refusal?.fix).toContain('Use the mixed strategy on MIG profile "h100"');
  });

  it('(b) on another pool: names the MIG pool, and that it exports no NodeOverlay', () => {
    const profile = { ...migProfile('h100'), strategy: 'single' as const, nodeOverlay: false };
    const p = planOf(
      design(
        p5Pool(profile),
        profile,
        poolWith('cpu', [requirement(FAMILY, 'In', 'm5'), onDemand]),
      ),
      inference(),
    );
    const refusal = verdictOf(workloadPlan(p, 'infer'), 'cpu').refusal;
    expect(refusal?.explanation).toContain(
      'The MIG profiles of "h100" yield it, but the design exports no NodeOverlay for them.',
    );
  });

  it('(c) with the NodeOverlay export on: lands, 56 per p5.48xlarge (7 per H100 × 8)', () => {
    const profile = { ...migProfile('h100'), strategy: 'mixed' as const, nodeOverlay: true };
    const p = planOf(design(p5Pool(profile), profile), inference(60));
    const infer = workloadPlan(p, 'infer');
    expect(infer.placed).toBe(60);
    expect(p.nodes.map((n) => [n.instanceType, n.podCount, n.binding])).toEqual([
      ['p5.48xlarge', 56, MIG],
      ['p5.48xlarge', 4, MIG],
    ]);
    expect(p.nodes[0]?.allocatable[MIG]).toBe(56);
  });
});

describe('a Windows pool is covered in planWindows.test.ts; pods per node (spec 2.3, 3.5)', () => {
  const m5Large = [requirement(TYPE, 'In', 'm5.large'), onDemand];
  const tiny = (replicas: number) => workload('tiny', { cpu: '10m', memory: '16Mi', replicas });

  it('limits tiny pods by max pods: 29 per m5.large (3 ENIs × 9 IPs + 2)', () => {
    const p = planOf(design(poolWith('small', m5Large)), tiny(60));
    expect(p.nodes.map((n) => [n.podCount, n.binding])).toEqual([
      [29, 'pods'],
      [29, 'pods'],
      [2, 'pods'],
    ]);
  });

  it('spec 6 variant: kubelet maxPods 110 lets pods bind later; memory stays 6903Mi', () => {
    const p = planOf(
      designOf(classWith('default', { kubelet: { maxPods: 110 } }), poolWith('small', m5Large)),
      tiny(120),
    );
    expect(p.nodes.map((n) => n.podCount)).toEqual([110, 10]);
    const node = p.nodes[0]!;
    expect(node.binding).toBe('pods');
    expect(node.allocatable['pods']).toBe(110);
    // AL2023 counts kube-reserved memory from the ENI-limited 29 pods, whatever maxPods says.
    expect(node.allocatable['memory']).toBe(6903 * MI);
  });

  it('spec 6 variant: the worked example still packs 3 per node under maxPods 110 (cpu binds)', () => {
    const p = planOf(
      designOf(classWith('default', { kubelet: { maxPods: 110 } }), poolWith('small', m5Large)),
      workload('web', { cpu: '500m', memory: '1Gi', replicas: 6 }),
      daemonSet('logs', { cpu: '100m', memory: '100Mi' }),
      daemonSet('metrics', { cpu: '50m', memory: '100Mi' }),
    );
    expect(p.nodes.map((n) => [n.podCount, n.binding])).toEqual([
      [3, 'cpu'],
      [3, 'cpu'],
    ]);
  });
});

describe('launch choice (spec 3.2: ExoticInstanceTypeFilter)', () => {
  it('drops a cheaper metal type for a CPU pod when an ordinary type also holds it', () => {
    const p = planOf(
      design(
        poolWith('big', [
          requirement(FAMILY, 'In', 'm7i'),
          requirement(SIZE, 'In', 'metal-24xl', '48xlarge'),
          onDemand,
        ]),
      ),
      workload('web', { cpu: '1' }),
    );
    const node = p.nodes[0]!;
    // m7i.metal-24xl ($5.32) is the cheaper of the two the NodeClaim keeps.
    expect(node.instanceTypes).toEqual(['m7i.metal-24xl', 'm7i.48xlarge']);
    expect(node.instanceType).toBe('m7i.48xlarge');
  });

  it('drops a cheaper GPU type for a CPU pod in a pool that allows both', () => {
    const p = planOf(
      design(poolWith('mixed', [requirement(TYPE, 'In', 'g4dn.xlarge', 'm5.4xlarge'), onDemand])),
      workload('web', { cpu: '1' }),
    );
    const node = p.nodes[0]!;
    // g4dn.xlarge ($0.526) is far cheaper than m5.4xlarge ($0.768), and still not launched.
    expect(node.instanceTypes).toEqual(['g4dn.xlarge', 'm5.4xlarge']);
    expect(node.instanceType).toBe('m5.4xlarge');
  });

  it('keeps the GPU type when the pod asks for a GPU', () => {
    const p = planOf(
      design(poolWith('mixed', [requirement(TYPE, 'In', 'g4dn.xlarge', 'm5.4xlarge'), onDemand])),
      workload('cuda', { cpu: '1', requests: { 'nvidia.com/gpu': '1' } }),
    );
    expect(p.nodes[0]?.instanceType).toBe('g4dn.xlarge');
  });
});

describe('the resource that binds (issue 15 section 2)', () => {
  it.each([
    ['memory', workload('cache', { cpu: '100m', memory: '6Gi', replicas: 2 }), 'm5.large'],
    [
      'nvidia.com/gpu',
      workload('cuda', { cpu: '1', requests: { 'nvidia.com/gpu': '1' }, replicas: 2 }),
      'g5.xlarge',
    ],
  ])('%s', (resource, pods, type) => {
    const p = planOf(design(poolWith('pool', [requirement(TYPE, 'In', type), onDemand])), pods);
    expect(p.nodes.map((n) => [n.instanceType, n.podCount, n.binding])).toEqual([
      [type, 1, resource],
      [type, 1, resource],
    ]);
  });

  it('ephemeral-storage, on the instance store with instanceStorePolicy RAID0', () => {
    const pool = poolWith('nvme', [requirement(FAMILY, 'In', 'm5d', 'm5'), onDemand]);
    const pods = workload('scratch', { cpu: '1', requests: { 'ephemeral-storage': '100Gi' } });
    const raid = planOf(
      designOf(classWith('default', { instanceStorePolicy: 'RAID0' }), pool),
      pods,
    );
    expect(raid.nodes.map((n) => [n.instanceType, n.binding])).toEqual([
      ['m5d.xlarge', 'ephemeral-storage'],
    ]);
    // Without RAID0 every type has the 20Gi root volume: 17Gi allocatable.
    const root = planOf(design(pool), pods);
    expect(verdictOf(workloadPlan(root, 'scratch'), 'nvme').refusal?.explanation).toContain(
      'Needs 100Gi ephemeral-storage',
    );
  });
});
