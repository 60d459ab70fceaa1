import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design, Resource } from '../../design/types';
import type { Disruption, NodeSelectorRequirement } from '../../karpenter/model/types';
import { designOf, nodeClass } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { daemonSet, workload, type PodShape } from '../../../../test/fixtures/workloads';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import { planDesign, type PlanInput } from '../plan/planDesign';
import type { Workload } from '../pods/workload';
import { consolidate } from './consolidate';
import type {
  ConsolidationOptions,
  ConsolidationResult,
  WorkloadChange,
} from './consolidationTypes';

const ARCH = 'kubernetes.io/arch';
const TYPE = 'node.kubernetes.io/instance-type';
const FAMILY = 'karpenter.k8s.aws/instance-family';
const CAPACITY = 'karpenter.sh/capacity-type';

const onDemand = requirement(CAPACITY, 'In', 'on-demand');

function types(...names: string[]): NodeSelectorRequirement[] {
  return [requirement(ARCH, 'In', 'amd64'), onDemand, requirement(TYPE, 'In', ...names)];
}

function input(
  disruption: Disruption | undefined,
  reqs: NodeSelectorRequirement[],
  ...workloads: Workload[]
): PlanInput {
  const pool = poolWith('general', reqs);
  const spec = { ...pool.manifest.spec };
  if (disruption) spec.disruption = disruption;
  else delete spec.disruption;
  const resources: Resource[] = [
    nodeClass('default'),
    { ...pool, manifest: { ...pool.manifest, spec } },
  ];
  const design: Design = designOf(...resources);
  return { design, workloads, catalog: CATALOG };
}

function run(
  i: PlanInput,
  change: WorkloadChange,
  options?: ConsolidationOptions,
): ConsolidationResult {
  return consolidate(i, planDesign(i), change, options);
}

function node(result: ConsolidationResult, id: string) {
  const found = result.nodes.find((n) => n.node === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

const underutilized: Disruption = {
  consolidationPolicy: 'WhenEmptyOrUnderutilized',
  consolidateAfter: '0s',
};

/** m5.large holds three 500m pods; five replicas plan as 3 + 2. */
function fiveSmall(disruption: Disruption | undefined, shape: PodShape = {}): PlanInput {
  return input(
    disruption,
    types('m5.large'),
    workload('web', { cpu: '500m', replicas: 5, ...shape }),
  );
}

const toThree: WorkloadChange = { kind: 'scale', workload: 0, replicas: 3 };

describe('which pods go (a model of the ReplicaSet scale-down)', () => {
  it('takes pods from the node holding most replicas first ("doubled up")', () => {
    const result = run(fiveSmall(underutilized), { kind: 'scale', workload: 0, replicas: 4 });
    expect(result.scaleDown.removed).toEqual([{ node: 'general-1', pods: 1 }]);
    expect(result.scaleDown.model).toContain('Model of the ReplicaSet controller');
  });

  it('takes pods that never got a node first (unassigned pods rank first)', () => {
    const limited = input(
      underutilized,
      types('m5.large'),
      workload('web', { cpu: '500m', replicas: 5 }),
    );
    const pool = Object.values(limited.design.resources)[1];
    if (pool?.kind !== 'NodePool') throw new Error('no pool');
    const withLimit: PlanInput = {
      ...limited,
      design: designOf(nodeClass('default'), {
        ...pool,
        manifest: { ...pool.manifest, spec: { ...pool.manifest.spec, limits: { cpu: '2' } } },
      }),
    };
    expect(planDesign(withLimit).workloads[0]?.pending).toBe(2);
    const result = run(withLimit, toThree);
    expect(result.scaleDown).toMatchObject({ pendingRemoved: 2, removed: [] });
  });

  it('a DaemonSet change leaves every node’s emptiness as it was', () => {
    const i = fiveSmall(underutilized);
    const withDaemonSet = { ...i, workloads: [...i.workloads, daemonSet('agent', { cpu: '50m' })] };
    const result = run(withDaemonSet, { kind: 'remove', workload: 1 });
    expect(result.scaleDown.removed).toEqual([]);
    expect(
      result.notes.some((n) => n.includes('A DaemonSet’s pods never make a node non-empty')),
    ).toBe(true);
  });

  it('a scale-up takes no pod and says so', () => {
    const result = run(fiveSmall(underutilized), { kind: 'scale', workload: 0, replicas: 8 });
    expect(result.scaleDown.removed).toEqual([]);
    expect(result.notes.some((n) => n.includes('does not scale down (5 to 8)'))).toBe(true);
  });

  it('takes all pods when the workload is removed, leaving empty nodes', () => {
    const result = run(fiveSmall(underutilized), { kind: 'remove', workload: 0 });
    expect(result.nodes.map((n) => [n.node, n.state, n.action])).toEqual([
      ['general-1', 'empty', 'delete'],
      ['general-2', 'empty', 'delete'],
    ]);
  });
});

describe('policies (spec 4.3-4.5, 4.8)', () => {
  it('WhenEmptyOrUnderutilized deletes a node whose pods fit on the others', () => {
    const result = run(fiveSmall(underutilized), toThree);
    // 3 + 2 less two from general-1: 1 + 2; general-1's pod fits on general-2.
    expect(node(result, 'general-1')).toMatchObject({
      state: 'underutilized',
      action: 'delete',
      step: 1,
      podsRemoved: 2,
    });
    expect(node(result, 'general-2')).toMatchObject({
      action: 'none',
      podsAfter: 3,
      reason: "Can't replace with a cheaper node",
    });
    expect(result.method).toBe('multi-node and single-node consolidation');
    expect(result.savingsPerHour).toBeCloseTo(0.096);
    expect(result.pools[0]?.summary).toBe('1 of 2 nodes go (1 underutilized), saving $0.0960/h.');
    expect(result.pools[0]?.states).toEqual({ empty: 0, underutilized: 1, kept: 1 });
    expect(result.nodes.map((n) => [n.podsLeft, n.podsAfter])).toEqual([
      [1, 0],
      [2, 3],
    ]);
  });

  it('defaults to WhenEmptyOrUnderutilized and consolidateAfter 0s when disruption is omitted', () => {
    const result = run(fiveSmall(undefined), toThree);
    expect(result.pools[0]).toMatchObject({
      policy: 'WhenEmptyOrUnderutilized',
      consolidateAfter: '0s',
    });
    expect(node(result, 'general-1').action).toBe('delete');
  });

  it('WhenEmpty leaves underutilized nodes, in Karpenter’s words', () => {
    const result = run(
      fiveSmall({ consolidationPolicy: 'WhenEmpty', consolidateAfter: '0s' }),
      toThree,
    );
    expect(node(result, 'general-1')).toMatchObject({
      state: 'underutilized',
      action: 'none',
      reason: 'NodePool "general" has consolidation policy WhenEmpty, but node is not empty',
    });
  });

  it('WhenEmpty still deletes empty nodes (emptiness runs for every policy)', () => {
    const result = run(fiveSmall({ consolidationPolicy: 'WhenEmpty', consolidateAfter: '0s' }), {
      kind: 'remove',
      workload: 0,
    });
    expect(result.nodes.every((n) => n.action === 'delete' && n.state === 'empty')).toBe(true);
  });

  it('replaces a node with a strictly cheaper type that holds its pods', () => {
    const i = input(
      underutilized,
      types('m5.large', 'm5.xlarge'),
      workload('web', { cpu: '900m', replicas: 4 }),
    );
    expect(planDesign(i).nodes.map((n) => n.instanceType)).toEqual(['m5.xlarge']);
    const result = run(i, { kind: 'scale', workload: 0, replicas: 2 });
    const first = node(result, 'general-1');
    expect(first).toMatchObject({ state: 'underutilized', action: 'replace' });
    expect(first.replacement).toMatchObject({ instanceType: 'm5.large', pricePerHour: 0.096 });
    expect(first.replacement?.savingsPerHour).toBeCloseTo(0.096);
    expect(node(result, 'general-2')).toMatchObject({
      replacementFor: 'general-1',
      instanceType: 'm5.large',
      action: 'none',
    });
  });

  it('says "Can\'t replace with a cheaper node" when no cheaper type holds the pods', () => {
    const i = input(
      underutilized,
      types('m5.large', 'm5.xlarge'),
      workload('web', { cpu: '900m', replicas: 4 }),
    );
    const result = run(i, { kind: 'scale', workload: 0, replicas: 3 });
    expect(node(result, 'general-1')).toMatchObject({
      state: 'kept',
      action: 'none',
      reason: "Can't replace with a cheaper node",
    });
  });

  it('says "Can\'t remove without creating 2 candidates" when the pods need two new nodes', () => {
    // The heavier pool only has m5.large, which holds two of the three 700m pods.
    const design = designOf(
      nodeClass('default'),
      poolWith('small', types('m5.large'), { spec: { weight: 10, disruption: underutilized } }),
      poolWith('big', types('r5.xlarge'), { spec: { disruption: underutilized } }),
    );
    const i: PlanInput = {
      design,
      workloads: [
        workload('memhog', { cpu: '1', memory: '20Gi' }),
        workload('web', { cpu: '700m', memory: '1Gi', replicas: 3 }),
      ],
      catalog: CATALOG,
    };
    expect(planDesign(i).nodes.map((n) => [n.id, n.podCount])).toEqual([['big-1', 4]]);
    const result = run(i, { kind: 'remove', workload: 0 });
    expect(node(result, 'big-1')).toMatchObject({
      state: 'kept',
      action: 'none',
      reason: "Can't remove without creating 2 candidates",
    });
  });

  it('Balanced approves a delete worth its disruption, with Karpenter’s score message', () => {
    const result = run(
      fiveSmall({ consolidationPolicy: 'Balanced', consolidateAfter: '0s' }),
      toThree,
    );
    // savings 1/2 of the pool's cost, disruption 2 of 5: score 1.25.
    expect(node(result, 'general-1').action).toBe('delete');
    expect(node(result, 'general-1').reason).toContain(
      'score 1.25 >= threshold 0.50 (k: 2, savings 50.0%, disruption 40.0%)',
    );
  });

  it('Balanced refuses a replacement that saves too little for the disruption', () => {
    const reqs = types('m5.xlarge', 'c5.xlarge');
    const shape = { cpu: '1', memory: '3Gi' };
    const balanced = input(
      { consolidationPolicy: 'Balanced', consolidateAfter: '0s' },
      reqs,
      workload('web', { ...shape, replicas: 3 }),
    );
    const plain = input(underutilized, reqs, workload('web', { ...shape, replicas: 3 }));
    const change: WorkloadChange = { kind: 'scale', workload: 0, replicas: 2 };
    expect(node(run(plain, change), 'general-1').replacement?.instanceType).toBe('c5.xlarge');
    const refused = node(run(balanced, change), 'general-1');
    expect(refused).toMatchObject({ state: 'underutilized', action: 'none' });
    expect(refused.reason).toMatch(/^Balanced refuses the move: score 0\.11 < threshold 0\.50/);
  });

  it('consolidateAfter Never disables emptiness and consolidation', () => {
    const never: Disruption = {
      consolidationPolicy: 'WhenEmptyOrUnderutilized',
      consolidateAfter: 'Never',
    };
    const scaled = run(fiveSmall(never), toThree);
    expect(node(scaled, 'general-1')).toMatchObject({
      state: 'underutilized',
      action: 'none',
      reason: 'NodePool "general" has consolidation disabled',
    });
    const removed = run(fiveSmall(never), { kind: 'remove', workload: 0 });
    expect(removed.nodes.map((n) => [n.state, n.action])).toEqual([
      ['empty', 'none'],
      ['empty', 'none'],
    ]);
    expect(removed.pools[0]?.when).toContain('never');
  });

  it('says when: after consolidateAfter without pod events on the node', () => {
    const result = run(
      fiveSmall({ consolidationPolicy: 'WhenEmptyOrUnderutilized', consolidateAfter: '5m' }),
      toThree,
    );
    expect(node(result, 'general-1').when).toMatch(/^after 5m without pod events on the node/);
  });
});

describe('multi-node consolidation (spec 4.8)', () => {
  /** One web pod per node (hostname anti-affinity), an api pod beside each. */
  function spread(budgets = [{ nodes: '50%' }]): PlanInput {
    const antiAffinity = {
      podAntiAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: [
          { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app: 'web' } } },
        ],
      },
    };
    return input(
      { ...underutilized, budgets },
      types('m5.large'),
      workload('web', { cpu: '500m', replicas: 3, spec: { affinity: antiAffinity } }),
      workload('api', { cpu: '500m', replicas: 3 }),
    );
  }

  it('deletes the longest run of candidates that goes at once, in one step', () => {
    const i = spread();
    expect(planDesign(i).nodes.map((n) => n.podCount)).toEqual([2, 2, 2]);
    const result = run(i, { kind: 'remove', workload: 0 });
    expect(result.nodes.map((n) => [n.node, n.action, n.step])).toEqual([
      ['general-1', 'delete', 1],
      ['general-2', 'delete', 1],
      ['general-3', 'none', undefined],
    ]);
    expect(node(result, 'general-1').reason).toContain(
      'multi-node consolidation deletes general-1, general-2 together',
    );
    expect(node(result, 'general-3').podsAfter).toBe(3);
  });

  it('the Underutilized budget cuts the batch: at 10% of 3 nodes, one node per step', () => {
    const result = run(spread([{ nodes: '10%' }]), { kind: 'remove', workload: 0 });
    expect(result.nodes.map((n) => [n.action, n.step])).toEqual([
      ['delete', 1],
      ['none', undefined],
      ['delete', 2],
    ]);
    expect(node(result, 'general-1').reason).not.toContain('multi-node');
  });

  it('never replaces several nodes by one of their own type that is not cheaper', () => {
    // Three nodes together would need a new m5.large: filterOutSameInstanceType refuses it.
    const result = run(spread(), { kind: 'remove', workload: 0 });
    expect(result.nodes.some((n) => n.action === 'replace')).toBe(false);
  });
});

describe('candidates (spec 4.2)', () => {
  it('a pod with karpenter.sh/do-not-disrupt keeps its node', () => {
    const w = workload('web', { cpu: '500m', replicas: 5 });
    w.template.metadata = { annotations: { 'karpenter.sh/do-not-disrupt': 'true' } };
    const result = run(input(underutilized, types('m5.large'), w), toThree);
    expect(node(result, 'general-1')).toMatchObject({
      state: 'underutilized',
      action: 'none',
      reason: 'Pod has "karpenter.sh/do-not-disrupt" annotation (web)',
    });
  });

  it('so does a DaemonSet pod with it, even on an empty node', () => {
    const agent = daemonSet('agent', { cpu: '50m' });
    agent.template.metadata = { annotations: { 'karpenter.sh/do-not-disrupt': 'true' } };
    const i = input(
      underutilized,
      types('m5.large'),
      workload('web', { cpu: '500m', replicas: 5 }),
      agent,
    );
    const result = run(i, { kind: 'remove', workload: 0 });
    expect(result.nodes.map((n) => [n.state, n.action])).toEqual([
      ['empty', 'none'],
      ['empty', 'none'],
    ]);
    expect(result.nodes[0]?.reason).toBe(
      'Pod has "karpenter.sh/do-not-disrupt" annotation (agent)',
    );
  });
});

describe('settings (spec 4.3)', () => {
  it('notes a disruption block without consolidateAfter, which v1.14.1 refuses', () => {
    const result = run(fiveSmall({ consolidationPolicy: 'WhenEmpty' }), toThree);
    expect(result.pools[0]?.notes[0]).toContain(
      'consolidateAfter is required in Karpenter v1.14.1',
    );
    expect(result.pools[0]?.consolidateAfter).toBe('0s');
  });
});

describe('budgets (spec 4.9)', () => {
  const nine = (disruption: Disruption) =>
    input(disruption, types('m5.large'), workload('web', { cpu: '500m', replicas: 9 }));
  const remove: WorkloadChange = { kind: 'remove', workload: 0 };

  it('default 10% of 3 nodes rounds up to 1: empty nodes go one at a time', () => {
    const result = run(nine(underutilized), remove);
    expect(result.nodes.map((n) => n.step)).toEqual([1, 2, 3]);
    expect(result.pools[0]?.budgets.Empty.allowed).toBe(1);
    expect(node(result, 'general-1').budget).toBe(
      'Empty: at most 1 at once (10% of 3 nodes, rounded up: 1)',
    );
  });

  it('a budget of 0 blocks, in Karpenter’s words', () => {
    const result = run(nine({ ...underutilized, budgets: [{ nodes: '0' }] }), remove);
    expect(node(result, 'general-1')).toMatchObject({
      state: 'empty',
      action: 'none',
      reason: 'No allowed disruptions for disruption reason Empty due to blocking budget',
    });
  });

  it('a budget limited to Underutilized leaves empty nodes alone', () => {
    const budgets = [{ nodes: '0', reasons: ['Underutilized'] }];
    const removed = run(nine({ ...underutilized, budgets }), remove);
    expect(removed.nodes.every((n) => n.action === 'delete')).toBe(true);
    const scaled = run(fiveSmall({ ...underutilized, budgets }), toThree);
    expect(node(scaled, 'general-1').reason).toBe(
      'No allowed disruptions for disruption reason Underutilized due to blocking budget',
    );
  });

  it('an integer budget and the minimum over budgets', () => {
    const result = run(
      nine({ ...underutilized, budgets: [{ nodes: '2' }, { nodes: '50%' }] }),
      remove,
    );
    expect(result.pools[0]?.budgets.Empty.message).toBe('Empty: at most 2 at once (nodes: 2)');
    expect(result.nodes.map((n) => n.step)).toEqual([1, 1, 2]);
  });

  it('a scheduled budget is reported as a window, not evaluated', () => {
    const budgets = [{ nodes: '0', schedule: '0 9 * * 1-5', duration: '8h' }];
    const result = run(nine({ ...underutilized, budgets }), remove);
    expect(result.pools[0]?.budgets.Empty.message).toBe(
      'Empty: no budget limits Empty disruptions; while "0 9 * * 1-5" is open (8h): at most 0',
    );
    expect(result.nodes.every((n) => n.action === 'delete')).toBe(true);
  });
});

describe('spot-to-spot (spec 4.7)', () => {
  const spot = requirement(CAPACITY, 'In', 'spot');
  const spotPool = (reqs: NodeSelectorRequirement[]) =>
    input(
      underutilized,
      [requirement(ARCH, 'In', 'amd64'), spot, ...reqs],
      workload('web', { cpu: '1', replicas: 14 }),
    );
  const toOne: WorkloadChange = { kind: 'scale', workload: 0, replicas: 1 };
  const gate = { featureGates: { SpotToSpotConsolidation: true } };

  it('without the feature gate (default) a spot node is not replaced', () => {
    const result = run(
      spotPool([requirement(FAMILY, 'In', 'm5', 'c5', 'r5', 'm6i', 'c6i')]),
      toOne,
    );
    expect(node(result, 'general-1')).toMatchObject({
      action: 'none',
      reason: "SpotToSpotConsolidation is disabled, can't replace a spot node with a spot node",
      spotToSpot: 'disabled',
    });
  });

  it('with the gate and at least 15 cheaper types, replaces and launches from the 15 cheapest', () => {
    const result = run(
      spotPool([requirement(FAMILY, 'In', 'm5', 'c5', 'r5', 'm6i', 'c6i')]),
      toOne,
      gate,
    );
    const first = node(result, 'general-1');
    expect(first).toMatchObject({ action: 'replace', uncertain: true, spotToSpot: 'replaced' });
    expect(first.replacement).toMatchObject({ capacityType: 'spot', instanceTypes: 15 });
  });

  it('with the gate but fewer than 15 cheaper types, does nothing', () => {
    const result = run(spotPool([requirement(FAMILY, 'In', 'm5')]), toOne, gate);
    expect(node(result, 'general-1')).toMatchObject({
      spotToSpot: 'too-few-cheaper-types',
      reason:
        'SpotToSpotConsolidation requires 15 cheaper instance type options than the current candidate to consolidate, got 3',
    });
  });

  it('deletion of a spot node needs no gate', () => {
    const i = input(
      underutilized,
      [requirement(ARCH, 'In', 'amd64'), spot, requirement(TYPE, 'In', 'm5.large')],
      workload('web', { cpu: '500m', replicas: 5 }),
    );
    expect(node(run(i, toThree), 'general-1').action).toBe('delete');
  });
});

describe('requests only (spec 4.6)', () => {
  it('limits are never read: huge limits consolidate exactly like none', () => {
    const plain = run(fiveSmall(underutilized, { memory: '256Mi' }), toThree);
    const limited = run(
      fiveSmall(underutilized, { memory: '256Mi', limits: { cpu: '8', memory: '32Gi' } }),
      toThree,
    );
    const decisions = (r: ConsolidationResult) =>
      r.nodes.map(({ node: n, state, action, reason }) => ({ n, state, action, reason }));
    expect(decisions(limited)).toEqual(decisions(plain));
    expect(limited.requestsVersusLimits).toContain('Karpenter never reads limits');
    expect(limited.requestsVersusLimits).toContain('A common belief');
    expect(limited.notes.some((n) => n.includes('"web" has limits above its requests'))).toBe(true);
  });
});

describe('properties', () => {
  it('consolidation never loses a pod: what the change leaves ends up on the nodes that stay', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom<Disruption['consolidationPolicy']>(
          'WhenEmpty',
          'WhenEmptyOrUnderutilized',
          'Balanced',
        ),
        fc.constantFrom('0', '1', '10%', '100%'),
        (web, api, to, policy, nodes) => {
          const i = input(
            { consolidationPolicy: policy, consolidateAfter: '0s', budgets: [{ nodes }] },
            types('m5.large', 'm5.xlarge', 'c5.xlarge'),
            workload('web', { cpu: '500m', memory: '1Gi', replicas: web }),
            workload('api', { cpu: '1', memory: '3Gi', replicas: api }),
          );
          const result = run(i, { kind: 'scale', workload: 0, replicas: Math.min(to, web) });
          const left = result.nodes
            .filter((n) => !n.replacementFor)
            .reduce((s, n) => s + n.podsLeft, 0);
          const after = result.nodes.reduce((s, n) => s + n.podsAfter, 0);
          expect(after).toBe(left);
          expect(left).toBe(Math.min(to, web) + api);
          for (const n of result.nodes) {
            // Strictly cheaper: a replacement always saves (a multi-node one, against their sum).
            if (n.action === 'replace') expect(n.replacement!.savingsPerHour).toBeGreaterThan(0);
            if (policy === 'WhenEmpty' && n.action !== 'none') expect(n.state).toBe('empty');
            if (nodes === '0') expect(n.action).toBe('none');
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
