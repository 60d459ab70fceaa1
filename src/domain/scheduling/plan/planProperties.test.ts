import fc from 'fast-check';
import { bootsOn } from '../../karpenter/catalog/classBoots';
import { describe, expect, it } from 'vitest';
import type { EC2NodeClassResource, NodePoolResource } from '../../design/types';
import { allocatableOf, capacityOf } from '../../karpenter/catalog/allocatable';
import type { InstanceType } from '../../karpenter/catalog/instanceType';
import { nodeClassSettings } from '../../karpenter/catalog/nodeClassSettings';
import type { EC2NodeClassSpec, NodeSelectorRequirement, Taint } from '../../karpenter/model/types';
import {
  hasValue,
  isNegative,
  requirementOf,
  type Requirement,
} from '../../karpenter/requirements/requirement';
import { designOf } from '../../../../test/fixtures/fixtures';
import { classWith, poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { planOf } from '../../../../test/fixtures/plans';
import { daemonSet, workload } from '../../../../test/fixtures/workloads';
import { CATALOG, instanceType } from '../../../../test/support/instanceCatalog';
import { podRequests } from '../pods/podRequests';
import { podRequirements } from '../pods/podRequirements';
import { relax } from '../pods/relaxation';
import type { PodSpec, Toleration, Workload } from '../pods/workload';
import type { Plan } from './planTypes';
import type { PlannedNode } from './plannedNode';

/**
 * Spec-level properties of a plan over random designs and workloads (issue 15, "Tests"): what
 * lands on a pool meets its requirements, taints, limits and the chosen type's allocatable, and a
 * pod left pending has a reason from every pool. The oracle reads the catalog's labels and the
 * class's allocatable directly; it shares only the requirement algebra and pod parsing with the
 * engine.
 */

const ARCH = 'kubernetes.io/arch';
const OS = 'kubernetes.io/os';
const HOSTNAME = 'kubernetes.io/hostname';
const WINDOWS_BUILD = 'node.kubernetes.io/windows-build';
const FAMILY = 'karpenter.k8s.aws/instance-family';
const CATEGORY = 'karpenter.k8s.aws/instance-category';
const CPU = 'karpenter.k8s.aws/instance-cpu';
const CAPACITY = 'karpenter.sh/capacity-type';
const NODEPOOL = 'karpenter.sh/nodepool';
const TEAM = 'example.com/team';

const FAMILIES = ['m5', 'c6g', 'r6i', 't3', 'm7g', 'c7i', 'g5', 'g6'] as const;
const CATEGORIES = ['c', 'm', 'r', 't', 'g'] as const;
const POOL_NAMES = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot'] as const;

const TAINTS: readonly Taint[] = [
  { key: 'dedicated', value: 'ml', effect: 'NoSchedule' },
  { key: 'soft', effect: 'PreferNoSchedule' },
  { key: 'gpu', effect: 'NoExecute' },
];
const TOLERATIONS: readonly Toleration[] = [
  { key: 'dedicated', operator: 'Equal', value: 'ml', effect: 'NoSchedule' },
  { key: 'soft', operator: 'Exists' },
  { key: 'gpu', operator: 'Exists', effect: 'NoExecute' },
  { operator: 'Exists' },
];

const CLASS_SPECS: readonly Partial<EC2NodeClassSpec>[] = [
  {},
  { kubelet: { maxPods: 110 } },
  { kubelet: { podsPerCore: 2 } },
  { amiFamily: 'Bottlerocket', amiSelectorTerms: [{ alias: 'bottlerocket@latest' }] },
  { amiFamily: 'Windows2022', amiSelectorTerms: [{ alias: 'windows2022@latest' }] },
];

interface PoolShape {
  family: readonly string[] | undefined;
  familyMinValues: number | undefined;
  category: readonly string[] | undefined;
  arch: readonly string[] | undefined;
  capacity: readonly string[] | undefined;
  cpuBound: { operator: 'Gt' | 'Lt' | 'Gte' | 'Lte'; value: string } | undefined;
  taints: readonly Taint[];
  weight: number | undefined;
  limits: Record<string, string> | undefined;
  team: string | undefined;
  classIndex: number;
}

const some = <T>(values: readonly T[]) =>
  fc.option(fc.subarray([...values], { minLength: 1, maxLength: Math.min(3, values.length) }), {
    nil: undefined,
  });

/** Undefined three times out of four: constraints that would leave most pods pending. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: arbitrary, weight: 1 });

const poolArb: fc.Arbitrary<PoolShape> = fc
  .record({
    family: some(FAMILIES),
    familyMinValues: fc.option(fc.constantFrom(1, 2), { nil: undefined }),
    category: some(CATEGORIES),
    arch: some(['amd64', 'arm64']),
    capacity: some(['spot', 'on-demand']),
    cpuBound: fc.option(
      fc.record({
        operator: fc.constantFrom('Gt' as const, 'Lt' as const, 'Gte' as const, 'Lte' as const),
        value: fc.constantFrom('2', '4', '8', '16'),
      }),
      { nil: undefined },
    ),
    taints: fc.oneof(
      { arbitrary: fc.constant([]), weight: 2 },
      { arbitrary: fc.subarray([...TAINTS], { maxLength: 2 }), weight: 1 },
    ),
    weight: fc.constantFrom(undefined, 10, 10, 50, 50, 100),
    limits: fc.option(
      fc
        .record(
          {
            cpu: fc.constantFrom('4', '16', '64', '256'),
            memory: fc.constantFrom('32Gi', '256Gi'),
            nodes: fc.constantFrom('0', '1', '3'),
          },
          { requiredKeys: [] },
        )
        .map((l) => Object.fromEntries(Object.entries(l))),
      { nil: undefined },
    ),
    team: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }),
    classIndex: fc.nat(1),
  })
  // Every pool names families or categories, so a run plans against tens of types, not 1,363.
  .map((p) => (p.family || p.category ? p : { ...p, category: ['m'] }));

interface DesignShape {
  classSpec: Partial<EC2NodeClassSpec>;
  pools: PoolShape[];
}

const designArb: fc.Arbitrary<DesignShape> = fc.record({
  classSpec: fc.constantFrom(...CLASS_SPECS),
  pools: fc.array(poolArb, { minLength: 2, maxLength: 6 }),
});

function poolRequirements(p: PoolShape): NodeSelectorRequirement[] {
  const list: NodeSelectorRequirement[] = [];
  if (p.family) {
    list.push({
      key: FAMILY,
      operator: 'In',
      values: [...p.family],
      ...(p.familyMinValues !== undefined && p.familyMinValues <= p.family.length
        ? { minValues: p.familyMinValues }
        : {}),
    });
  }
  if (p.category) list.push(requirement(CATEGORY, 'In', ...p.category));
  if (p.arch) list.push(requirement(ARCH, 'In', ...p.arch));
  if (p.capacity) list.push(requirement(CAPACITY, 'In', ...p.capacity));
  if (p.cpuBound) list.push(requirement(CPU, p.cpuBound.operator, p.cpuBound.value));
  return list;
}

interface Built {
  pools: Map<string, { resource: NodePoolResource; nodeClass: EC2NodeClassResource }>;
  design: ReturnType<typeof designOf>;
}

function build(shape: DesignShape): Built {
  const classes = [classWith('default', {}), classWith('other', shape.classSpec)];
  const pools = new Map<string, { resource: NodePoolResource; nodeClass: EC2NodeClassResource }>();
  shape.pools.forEach((p, i) => {
    const name = POOL_NAMES[i] ?? `pool-${i}`;
    const nodeClass = classes[p.classIndex] ?? classes[0]!;
    const resource = poolWith(name, poolRequirements(p), {
      className: nodeClass.manifest.metadata.name,
      template: { taints: [...p.taints] },
      spec: { weight: p.weight, limits: p.limits },
    });
    if (p.team) resource.manifest.spec.template.metadata = { labels: { [TEAM]: p.team } };
    pools.set(name, { resource, nodeClass });
  });
  return {
    pools,
    design: designOf(...classes, ...[...pools.values()].map((p) => p.resource)),
  };
}

interface WorkloadShape {
  cpu: string | undefined;
  memory: string | undefined;
  gpu: string | undefined;
  replicas: number;
  arch: string | undefined;
  os: string | undefined;
  team: string | undefined;
  tolerations: Toleration[];
  required: string[][] | undefined;
  preferred: { weight: number; capacity: string } | undefined;
  /** Required hostname anti-affinity (1 per node) or a DoNotSchedule hostname spread. */
  perNode: number | undefined;
}

const workloadArb: fc.Arbitrary<WorkloadShape> = fc.record({
  cpu: fc.constantFrom(undefined, '100m', '250m', '500m', '1', '1500m', '3', '6', '12'),
  memory: fc.constantFrom(undefined, '64Mi', '256Mi', '1Gi', '3Gi', '12Gi', '48Gi'),
  gpu: rarely(fc.constantFrom('1', '2', '4')),
  replicas: fc.integer({ min: 1, max: 40 }),
  arch: fc.option(fc.constantFrom('amd64', 'arm64'), { nil: undefined }),
  os: rarely(fc.constantFrom('linux', 'windows')),
  team: rarely(fc.constantFrom('a', 'b')),
  tolerations: fc.subarray([...TOLERATIONS], { maxLength: 2 }),
  required: rarely(
    fc.array(fc.subarray([...CATEGORIES], { minLength: 1 }), { minLength: 1, maxLength: 2 }),
  ),
  perNode: rarely(fc.integer({ min: 1, max: 3 })),
  preferred: rarely(
    fc.record({
      weight: fc.integer({ min: 1, max: 100 }),
      capacity: fc.constantFrom('spot', 'on-demand'),
    }),
  ),
});

function toWorkload(w: WorkloadShape, i: number): Workload {
  const nodeSelector: Record<string, string> = {
    ...(w.arch ? { [ARCH]: w.arch } : {}),
    ...(w.os ? { [OS]: w.os } : {}),
    ...(w.team ? { [TEAM]: w.team } : {}),
  };
  const spec: Partial<PodSpec> = {
    ...(Object.keys(nodeSelector).length > 0 ? { nodeSelector } : {}),
    ...(w.tolerations.length > 0 ? { tolerations: w.tolerations } : {}),
  };
  if (w.required || w.preferred) {
    spec.affinity = {
      nodeAffinity: {
        ...(w.required
          ? {
              requiredDuringSchedulingIgnoredDuringExecution: {
                nodeSelectorTerms: w.required.map((values) => ({
                  matchExpressions: [requirement(CATEGORY, 'In', ...values)],
                })),
              },
            }
          : {}),
        ...(w.preferred
          ? {
              preferredDuringSchedulingIgnoredDuringExecution: [
                {
                  weight: w.preferred.weight,
                  preference: {
                    matchExpressions: [requirement(CAPACITY, 'In', w.preferred.capacity)],
                  },
                },
              ],
            }
          : {}),
      },
    };
  }
  if (w.perNode === 1) {
    spec.affinity = {
      ...spec.affinity,
      podAntiAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: [
          { topologyKey: HOSTNAME, labelSelector: { matchLabels: { app: `w${i}` } } },
        ],
      },
    };
  } else if (w.perNode !== undefined) {
    spec.topologySpreadConstraints = [
      {
        maxSkew: w.perNode,
        topologyKey: HOSTNAME,
        whenUnsatisfiable: 'DoNotSchedule',
        labelSelector: { matchLabels: { app: `w${i}` } },
      },
    ];
  }
  return workload(`w${i}`, {
    ...(w.cpu ? { cpu: w.cpu } : {}),
    ...(w.memory ? { memory: w.memory } : {}),
    ...(w.gpu ? { requests: { 'nvidia.com/gpu': w.gpu } } : {}),
    replicas: w.replicas,
    spec,
  });
}

interface DaemonSetShape {
  cpu: string;
  memory: string;
  tolerations: Toleration[];
  arch: string | undefined;
}

const daemonSetArb: fc.Arbitrary<DaemonSetShape> = fc.record({
  cpu: fc.constantFrom('50m', '100m', '200m'),
  memory: fc.constantFrom('64Mi', '200Mi'),
  tolerations: fc.subarray([...TOLERATIONS], { maxLength: 2 }),
  arch: fc.option(fc.constantFrom('amd64', 'arm64'), { nil: undefined }),
});

function toDaemonSet(d: DaemonSetShape): Workload {
  return daemonSet('agent', {
    cpu: d.cpu,
    memory: d.memory,
    spec: {
      ...(d.tolerations.length > 0 ? { tolerations: d.tolerations } : {}),
      ...(d.arch ? { nodeSelector: { [ARCH]: d.arch } } : {}),
    },
  });
}

const TYPE_KEYS = new Set(['node.kubernetes.io/instance-type', ARCH, OS, WINDOWS_BUILD]);
const isTypeKey = (key: string) =>
  TYPE_KEYS.has(key) || key.startsWith('karpenter.k8s.aws/instance-');

/**
 * Whether a node with these labels meets the requirements: a label it has must be allowed; a
 * label it lacks (an instance-type fact the type does not have, or a custom label the pool does
 * not set) only meets a negative requirement (NotIn, DoesNotExist).
 */
const parsedRequirements = new WeakMap<NodeSelectorRequirement, Requirement>();

function parsed(r: NodeSelectorRequirement): Requirement {
  let found = parsedRequirements.get(r);
  if (!found) parsedRequirements.set(r, (found = requirementOf(r)));
  return found;
}

function unmet(
  requirements: readonly NodeSelectorRequirement[],
  labels: Readonly<Record<string, string>>,
  strict: (key: string) => boolean,
): string | undefined {
  for (const r of requirements) {
    const req = parsed(r);
    const value = labels[req.key];
    if (value !== undefined) {
      if (!hasValue(req, value)) return `${req.key}=${value} against ${r.operator}`;
    } else if (strict(req.key) && !isNegative(req)) {
      return `${req.key} missing against ${r.operator}`;
    }
  }
  return undefined;
}

function tolerates(taint: Taint, tolerations: readonly Toleration[]): boolean {
  return tolerations.some(
    (t) =>
      (!t.effect || t.effect === taint.effect) &&
      (!t.key || t.key === taint.key) &&
      (t.operator === 'Exists' || (t.value ?? '') === (taint.value ?? '')),
  );
}

/** The pod specs relaxation leads to, level 0 first, as deep as the plan went. */
function levelsOf(spec: PodSpec, depth: number, anyPrefer: boolean): PodSpec[] {
  const specs = [spec];
  for (let i = 0; i < depth; i++) {
    const next = relax(specs[specs.length - 1]!, anyPrefer);
    if (!next) break;
    specs.push(next.spec);
  }
  return specs;
}

const EPSILON = 1e-6;

/** The labels a node of this type gets: the catalog's, with the OS a Windows class gives. */
function typeLabels(type: InstanceType, classSpec: EC2NodeClassSpec): Record<string, string> {
  const labels: Record<string, string> = { ...type.labels };
  if (classSpec.amiFamily === 'Windows2022') {
    // aws types.go :: getOS: amd64 types run Windows, arm64 types get no OS label at all.
    if (type.arch === 'amd64') labels[OS] = 'windows';
    else delete labels[OS];
    labels[WINDOWS_BUILD] = '10.0.20348';
  }
  return labels;
}

function checkNode(
  node: PlannedNode,
  built: Built,
  workloads: readonly Workload[],
  plan: Plan,
  anyPrefer: boolean,
): void {
  const pool = built.pools.get(node.pool)!;
  const manifest = pool.resource.manifest;
  const taints = manifest.spec.template.spec.taints ?? [];
  const settings = nodeClassSettings(pool.nodeClass.manifest.spec);
  expect(node.instanceTypes, node.id).toContain(node.instanceType);

  // Taints do not depend on the type: each workload's pods tolerate them at a level reached.
  const levels = node.pods.map(({ workload: index, count }) => {
    const w = workloads[index]!;
    const depth = plan.workloads.find((p) => p.workload === index)?.relaxed.length ?? 0;
    return { w, count, specs: levelsOf(w.template.spec, depth, anyPrefer) };
  });
  // podRequests counts `pods: 1` per pod, as RequestsForPods does.
  const requests: Record<string, number> = {};
  for (const { w, count } of levels) {
    for (const [r, v] of Object.entries(podRequests(w.template.spec))) {
      requests[r] = (requests[r] ?? 0) + v * count;
    }
  }

  // Hostname anti-affinity and spread bound a workload's pods per node (spec 3.4).
  for (const { w, count } of levels) {
    const spec = w.template.spec;
    const cap = spec.affinity?.podAntiAffinity
      ? 1
      : (spec.topologySpreadConstraints?.[0]?.maxSkew ?? Number.POSITIVE_INFINITY);
    expect(count, `${w.name} on ${node.id}`).toBeLessThanOrEqual(cap);
  }

  // Every type the NodeClaim keeps (the launched one first) meets the pool's and the pods'
  // requirements and holds the pods plus its own DaemonSets.
  for (const name of [node.instanceType, ...node.instanceTypes]) {
    const type: InstanceType = instanceType(name);
    const labels: Record<string, string> = {
      ...typeLabels(type, pool.nodeClass.manifest.spec),
      ...(manifest.spec.template.metadata?.labels ?? {}),
      [CAPACITY]: node.capacityType,
      [NODEPOOL]: node.pool,
    };
    const where = `${node.id} (${name}, launched ${node.instanceType})`;
    expect(unmet(manifest.spec.template.spec.requirements, labels, isTypeKey), where).toBe(
      undefined,
    );
    for (const { w, specs } of levels) {
      const fitting = specs.some(
        (spec) =>
          unmet(podRequirements(spec).requirements, labels, () => true) === undefined &&
          taints.every((taint) => tolerates(taint, spec.tolerations ?? [])),
      );
      expect(fitting, `${w.name} on ${where}`).toBe(true);
    }

    // DaemonSets: those that tolerate the taints (PreferNoSchedule always) and select the arch.
    const running = workloads.filter((w) => {
      if (w.kind !== 'DaemonSet') return false;
      const spec = w.template.spec;
      const arch = spec.nodeSelector?.[ARCH];
      return (
        taints.every(
          (t) => t.effect === 'PreferNoSchedule' || tolerates(t, spec.tolerations ?? []),
        ) &&
        (arch === undefined || arch === type.arch)
      );
    });
    if (name === node.instanceType) {
      expect([...node.daemonSets].sort(), where).toEqual(running.map((d) => d.name).sort());
    }
    const total: Record<string, number> = { ...requests };
    for (const d of running) {
      for (const [r, v] of Object.entries(podRequests(d.template.spec))) {
        total[r] = (total[r] ?? 0) + v;
      }
    }
    const allocatable = allocatableOf(type, settings);
    for (const [r, v] of Object.entries(total)) {
      expect(v, `${r} on ${where}`).toBeLessThanOrEqual((allocatable[r] ?? 0) + EPSILON);
    }
  }
}

function checkLimits(plan: Plan, built: Built): void {
  for (const p of plan.pools) {
    if (!p.limits || !p.limitsLeft) continue;
    const pool = built.pools.get(p.pool)!;
    const settings = nodeClassSettings(pool.nodeClass.manifest.spec);
    const nodes = plan.nodes.filter((n) => n.pool === p.pool);
    if (p.limits['nodes'] === 0) expect(nodes, p.pool).toEqual([]);
    for (const [r, limit] of Object.entries(p.limits)) {
      const left = p.limitsLeft[r] ?? 0;
      if (r === 'nodes') {
        // Types have no `nodes` capacity: a batch never decrements it (spec 1.11).
        expect(left, p.pool).toBe(limit);
        continue;
      }
      const used = nodes.reduce(
        (sum, n) => sum + (capacityOf(instanceType(n.instanceType), settings)[r] ?? 0),
        0,
      );
      // Pessimistic: what was taken off is at least what the launched types have.
      expect(left, `${r} left in ${p.pool}`).toBeGreaterThanOrEqual(-EPSILON);
      expect(used, `${r} used in ${p.pool}`).toBeLessThanOrEqual(limit - left + EPSILON);
    }
  }
}

/**
 * A limits refusal is earned: `nodes: 0` for "node limits have been exhausted", and for "all
 * available instance types exceed limits" every type the pool admits has more capacity than
 * the plan leaves of some limit (remaining only shrinks, so what was refused stays refused).
 */
function checkLimitRefusals(plan: Plan, built: Built): void {
  const refused = new Set<string>();
  for (const w of plan.workloads) {
    for (const v of w.verdicts) {
      if (v.refusal?.check !== 'limits') continue;
      const p = plan.pools.find((x) => x.pool === v.pool)!;
      if (v.refusal.message === 'node limits have been exhausted for nodepool') {
        expect(p.limits?.['nodes'], v.pool).toBe(0);
      } else {
        expect(v.refusal.message).toBe('all available instance types exceed limits for nodepool');
        refused.add(v.pool);
      }
    }
  }
  for (const name of refused) {
    const p = plan.pools.find((x) => x.pool === name)!;
    const pool = built.pools.get(name)!;
    const manifest = pool.resource.manifest;
    const settings = nodeClassSettings(pool.nodeClass.manifest.spec);
    const left = p.limitsLeft ?? {};
    for (const type of CATALOG.types) {
      // A type the class cannot boot has no offering at all, limits aside.
      if (!bootsOn(type, settings.amiFamily)) continue;
      const labels = typeLabels(type, pool.nodeClass.manifest.spec);
      if (unmet(manifest.spec.template.spec.requirements, labels, isTypeKey)) continue;
      const capacity = capacityOf(type, settings);
      const over = Object.keys(left).some(
        (r) => r !== 'nodes' && (capacity[r] ?? 0) > (left[r] ?? 0) + EPSILON,
      );
      expect(over, `${type.name} fits what ${name} has left`).toBe(true);
    }
  }
}

function checkWorkloads(plan: Plan): void {
  for (const w of plan.workloads) {
    expect(w.placed + w.pending, w.name).toBe(w.replicas);
    const onNodes = plan.nodes.reduce(
      (sum, n) => sum + (n.pods.find((p) => p.workload === w.workload)?.count ?? 0),
      0,
    );
    expect(onNodes, w.name).toBe(w.placed);
    if (w.pending === 0) continue;
    // Every pool says why it took no more: refused, or chosen with what stopped it.
    for (const v of w.verdicts) {
      expect(v.verdict, `${w.name} on ${v.pool}`).not.toBe('outranked');
      expect(v.refusal?.message, `why ${w.name} is pending on ${v.pool}`).toBeTruthy();
    }
  }
}

/**
 * Karpenter's pool order (spec 1.4): verdicts list the pools by weight descending, then name
 * descending. With one workload, its first pod opens a NodeClaim on the first pool that takes
 * it, so every pool ranked before the first one chosen refused it.
 */
function checkOrder(plan: Plan, built: Built, single: boolean): void {
  const weightOf = (pool: string) => built.pools.get(pool)!.resource.manifest.spec.weight ?? 0;
  for (const w of plan.workloads) {
    const names = w.verdicts.map((v) => v.pool);
    const expected = [...names].sort(
      (a, b) => weightOf(b) - weightOf(a) || (a > b ? -1 : a < b ? 1 : 0),
    );
    expect(names, w.name).toEqual(expected);
    if (!single) continue;
    const first = w.verdicts.findIndex((v) => v.verdict === 'chosen');
    for (const v of w.verdicts.slice(0, first < 0 ? 0 : first)) {
      expect(v.verdict, `${v.pool} before ${w.pool ?? ''} for ${w.name}`).toBe('refused');
    }
  }
}

function checkMinValues(plan: Plan, built: Built): void {
  for (const node of plan.nodes) {
    const family = built.pools
      .get(node.pool)!
      .resource.manifest.spec.template.spec.requirements.find((r) => r.key === FAMILY);
    if (family?.minValues === undefined) continue;
    const families = new Set(node.instanceTypes.map((t) => instanceType(t).family));
    expect(families.size, node.id).toBeGreaterThanOrEqual(family.minValues);
  }
}

describe('plan properties (issue 15, Tests)', () => {
  it('places pods only where pool requirements, taints, limits and allocatable allow, and explains every pending pod', () => {
    fc.assert(
      fc.property(
        designArb,
        fc.array(workloadArb, { minLength: 1, maxLength: 6 }),
        fc.option(daemonSetArb, { nil: undefined }),
        (shape, workloadShapes, ds) => {
          const built = build(shape);
          const workloads = [...workloadShapes.map(toWorkload), ...(ds ? [toDaemonSet(ds)] : [])];
          const plan = planOf(built.design, ...workloads);
          const anyPrefer = shape.pools.some((p) =>
            p.taints.some((t) => t.effect === 'PreferNoSchedule'),
          );
          for (const node of plan.nodes) checkNode(node, built, workloads, plan, anyPrefer);
          checkLimits(plan, built);
          checkLimitRefusals(plan, built);
          checkWorkloads(plan);
          checkMinValues(plan, built);
          checkOrder(plan, built, workloadShapes.length === 1);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('re-plans after an edit exactly as a cold plan does (the pool and check caches hold nothing stale)', () => {
    fc.assert(
      fc.property(
        designArb,
        fc.array(workloadArb, { minLength: 1, maxLength: 6 }),
        fc.option(daemonSetArb, { nil: undefined }),
        fc.nat(),
        fc.integer({ min: 0, max: 40 }),
        fc.option(workloadArb, { nil: undefined }),
        (shape, workloadShapes, ds, pick, replicas, replacement) => {
          const built = build(shape);
          const workloads = [...workloadShapes.map(toWorkload), ...(ds ? [toDaemonSet(ds)] : [])];
          planOf(built.design, ...workloads);
          const at = pick % workloadShapes.length;
          // An edit is a new replica count, or a new pod template (new objects, as the store makes).
          const edited = workloads.map((w, i) =>
            i !== at ? w : replacement ? toWorkload(replacement, at) : { ...w, replicas },
          );
          const warm = planOf(built.design, ...edited);
          const cold = planOf({ ...built.design }, ...edited);
          expect(warm).toEqual(cold);
        },
      ),
      { numRuns: 40 },
    );
  });
});
