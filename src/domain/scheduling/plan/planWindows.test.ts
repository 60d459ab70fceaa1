import { describe, expect, it } from 'vitest';
import { designOf, nodeClass } from '../../../../test/fixtures/fixtures';
import { classWith, poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { planOf, verdictOf, workloadPlan } from '../../../../test/fixtures/plans';
import { daemonSet, workload } from '../../../../test/fixtures/workloads';

const OS = 'kubernetes.io/os';
const ARCH = 'kubernetes.io/arch';
const CAPACITY = 'karpenter.sh/capacity-type';
const onDemand = requirement(CAPACITY, 'In', 'on-demand');

const windowsPod = workload('iis', {
  cpu: '1',
  memory: '2Gi',
  spec: { nodeSelector: { [OS]: 'windows' } },
});

describe('a Windows EC2NodeClass (aws types.go :: getOS, computeRequirements)', () => {
  it.each([
    ['amiFamily: Windows2022', classWith('win', { amiFamily: 'Windows2022' })],
    [
      'alias windows2022@latest',
      classWith('win', { amiSelectorTerms: [{ alias: 'windows2022@latest' }] }),
    ],
  ])(
    'lands a pod selecting kubernetes.io/os: windows on the Windows pool (%s), not the Linux one',
    (_, win) => {
      const plan = planOf(
        designOf(
          nodeClass('default'),
          win,
          poolWith('linux', [requirement(OS, 'In', 'linux'), onDemand], { spec: { weight: 50 } }),
          poolWith('windows', [requirement(OS, 'In', 'windows'), onDemand], { className: 'win' }),
        ),
        windowsPod,
      );
      const iis = workloadPlan(plan, 'iis');
      expect(iis.pool).toBe('windows');
      expect(iis.placed).toBe(1);
      const linux = verdictOf(iis, 'linux').refusal;
      expect(linux?.check).toBe('requirements');
      expect(linux?.message).toContain('key kubernetes.io/os');
      // Windows nodes default to 110 pods (no ENI-limited density).
      expect(plan.nodes[0]?.allocatable['pods']).toBe(110);
    },
  );

  it('refuses the pod on a Linux pool that leaves the OS open: its types are all linux', () => {
    const plan = planOf(
      designOf(
        nodeClass('default'),
        poolWith('open', [requirement(ARCH, 'In', 'amd64'), onDemand]),
      ),
      windowsPod,
    );
    const refusal = verdictOf(workloadPlan(plan, 'iis'), 'open').refusal;
    expect(refusal?.check).toBe('instance-types');
    expect(refusal?.message).toMatch(/^no instance type met all requirements/);
  });

  it('boots no arm64 type under a Windows class: EKS has no arm64 Windows AMI', () => {
    const plan = planOf(
      designOf(
        classWith('win', { amiFamily: 'Windows2022' }),
        poolWith('graviton', [requirement(ARCH, 'In', 'arm64'), onDemand], { className: 'win' }),
      ),
      windowsPod,
      workload('any', { cpu: '1' }),
    );
    // Karpenter keeps such types with no available offering (compatibility.go), so the pool
    // has nothing to launch, for a Windows pod or any other.
    for (const name of ['iis', 'any']) {
      const refusal = verdictOf(workloadPlan(plan, name), 'graviton').refusal;
      expect(refusal?.message).toBe(
        'nodepool requirements filtered out all available instance types',
      );
    }
  });

  it('counts a Linux-only DaemonSet on Linux nodes, not on Windows ones', () => {
    const plan = planOf(
      designOf(
        nodeClass('default'),
        classWith('win', { amiFamily: 'Windows2022' }),
        poolWith('linux', [requirement(OS, 'In', 'linux'), onDemand]),
        poolWith('windows', [requirement(OS, 'In', 'windows'), onDemand], { className: 'win' }),
      ),
      windowsPod,
      workload('web', { cpu: '1', spec: { nodeSelector: { [OS]: 'linux' } } }),
      daemonSet('kube-proxy', { cpu: '100m', spec: { nodeSelector: { [OS]: 'linux' } } }),
    );
    const byPool = new Map(plan.nodes.map((n) => [n.pool, n.daemonSets]));
    expect(byPool.get('linux')).toEqual(['kube-proxy']);
    expect(byPool.get('windows')).toEqual([]);
    expect(plan.daemonSets[0]?.pools).toEqual(['linux']);
  });

  it('labels the Windows build, so a pod may select node.kubernetes.io/windows-build', () => {
    const plan = planOf(
      designOf(
        classWith('win2019', { amiFamily: 'Windows2019' }),
        classWith('win2022', { amiFamily: 'Windows2022' }),
        poolWith('ltsc2019', [onDemand], { className: 'win2019', spec: { weight: 50 } }),
        poolWith('ltsc2022', [onDemand], { className: 'win2022' }),
      ),
      workload('app', {
        cpu: '1',
        spec: { nodeSelector: { 'node.kubernetes.io/windows-build': '10.0.20348' } },
      }),
    );
    expect(workloadPlan(plan, 'app').pool).toBe('ltsc2022');
  });
});

describe('types a class cannot boot (aws compatibility.go, spec 2.1)', () => {
  it('launches no a1 type with AL2023, and does with AL2', () => {
    const a1 = [requirement('karpenter.k8s.aws/instance-family', 'In', 'a1'), onDemand];
    const pod = workload('arm', { cpu: '500m' });
    const al2023 = planOf(designOf(nodeClass('default'), poolWith('a1', a1)), pod);
    expect(verdictOf(workloadPlan(al2023, 'arm'), 'a1').refusal?.check).toBe('pool');
    const al2 = planOf(
      designOf(
        classWith('default', { amiSelectorTerms: [{ alias: 'al2@latest' }] }),
        poolWith('a1', a1),
      ),
      pod,
    );
    expect(al2.nodes[0]?.instanceType).toBe('a1.medium');
  });
});
