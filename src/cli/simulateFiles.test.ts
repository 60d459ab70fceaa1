import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { nodeClass } from '../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../test/fixtures/nodePoolBuilders';
import { daemonSet } from '../../test/fixtures/workloads';
import { workloadNode } from '../../test/fixtures/workloadNodes';
import { workloadResource } from '../../test/fixtures/workloads';
import { CATALOG } from '../../test/support/instanceCatalog';
import type { InputFile } from './inputFile';
import { simulateFiles } from './simulateFiles';
import type { Simulation } from './simulation';

const GPU_TAINT = { key: 'nvidia.com/gpu', value: 'true', effect: 'NoSchedule' as const };

function yamlOf(...manifests: object[]): string {
  return manifests.map((m) => `---\n${stringify(m)}`).join('');
}

const POOLS: InputFile = {
  path: 'karpenter/pools.yaml',
  text: yamlOf(
    nodeClass('default').manifest,
    poolWith('general', [requirement('karpenter.k8s.aws/instance-category', 'In', 'm')]).manifest,
    poolWith('gpu', [requirement('karpenter.k8s.aws/instance-family', 'In', 'g5')], {
      spec: { weight: 10 },
      template: { taints: [GPU_TAINT] },
    }).manifest,
  ),
};

const gpuOnly = { nodeSelector: { 'karpenter.sh/nodepool': 'gpu' } };

const WORKLOADS: InputFile = {
  path: 'apps/workloads.yaml',
  text: yamlOf(
    workloadNode('web', { cpu: '500m', memory: '1Gi', replicas: 3 }).manifest,
    workloadNode('trainer', {
      cpu: '2',
      requests: { 'nvidia.com/gpu': '1' },
      spec: { ...gpuOnly, tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists' }] },
    }).manifest,
    workloadNode('notebook', { cpu: '1', requests: { 'nvidia.com/gpu': '1' }, spec: gpuOnly })
      .manifest,
    workloadResource(daemonSet('node-agent', { cpu: '100m' })).manifest,
  ),
};

/** The 1-based line of the `n`th document's `---` (from 1): where the import says a resource is. */
function documentLine(file: InputFile, n: number): number {
  const lines = file.text.split('\n');
  const starts = lines.flatMap((line, i) => (line === '---' ? [i + 1] : []));
  return starts[n - 1] ?? 0;
}

function json(files: InputFile[]): Simulation {
  return JSON.parse(
    simulateFiles(files, CATALOG, { format: 'json', color: false }).output,
  ) as Simulation;
}

describe('simulateFiles', () => {
  it('places each workload on its pool and keeps the one that does not tolerate the taint pending', () => {
    const result = json([POOLS, WORKLOADS]);
    expect(result.version).toBe(1);
    expect(result.workloads.map((w) => [w.name, w.pool, w.pending])).toEqual([
      ['notebook', null, true],
      ['trainer', 'gpu', false],
      ['web', 'general', false],
    ]);
    const [notebook, trainer, web] = result.workloads;
    expect(notebook?.reason).toBe(
      'NodePool "gpu": The pool taints its nodes nvidia.com/gpu=true:NoSchedule; the pod does not tolerate it.',
    );
    expect(notebook).toMatchObject({
      kind: 'Deployment',
      namespace: 'default',
      file: 'apps/workloads.yaml',
      line: documentLine(WORKLOADS, 3),
      nodes: [],
      pods: { placed: 0, total: 1 },
    });
    expect(trainer?.nodes).toEqual([
      expect.objectContaining({ pool: 'gpu', capacityType: 'spot', count: 1 }),
    ]);
    expect(trainer?.nodes[0]?.instanceType).toMatch(/^g5\./);
    expect(web).toMatchObject({ pods: { placed: 3, total: 3 }, reason: null });
    expect(web?.nodes.every((n) => n.instanceType.startsWith('m') && n.pool === 'general')).toBe(
      true,
    );
    expect(result.daemonSets).toEqual([
      {
        file: 'apps/workloads.yaml',
        line: documentLine(WORKLOADS, 4),
        kind: 'DaemonSet',
        namespace: 'default',
        name: 'node-agent',
        // It does not tolerate the GPU pool's taint either.
        pools: ['general'],
      },
    ]);
    expect(result.pools.map((p) => p.name).sort()).toEqual(['general', 'gpu']);
    const perHour = result.pools.reduce((sum, p) => sum + p.costPerHour, 0);
    expect(result.total.perHour).toBeCloseTo(perHour, 6);
    expect(result.total.perMonth).toBeCloseTo(perHour * 730, 6);
    expect(result.messages).toEqual([]);
  });

  it('says the same in words, with the cost and a summary line, and counts what is pending', () => {
    const { output, pending } = simulateFiles([POOLS, WORKLOADS], CATALOG, {
      format: 'human',
      color: false,
    });
    expect(pending).toBe(1);
    expect(output).toContain(
      `default/notebook (Deployment, apps/workloads.yaml:${documentLine(WORKLOADS, 3)})\n`,
    );
    expect(output).toContain(
      '  pending: 1 of 1 pod. NodePool "gpu": The pool taints its nodes nvidia.com/gpu=true:NoSchedule; the pod does not tolerate it.\n',
    );
    expect(output).toMatch(
      /default\/trainer \(Deployment, apps\/workloads\.yaml:\d+\)\n {2}→ gpu: 1 pod on 1 × g5\.\S+ · spot · ≤ \$\d+\.\d\d\/h\n/,
    );
    expect(output).toMatch(/ {2}→ general: 3 pods on .* · spot · ≤ \$/);
    expect(output).toContain('  overhead: runs on the nodes of general\n');
    expect(output).toMatch(/\nNodePools\n {2}gpu: 1 node · ≤ \$/);
    expect(output).toMatch(
      /\nDesign: \d+ nodes · \$[\d.,]+\/h · \$[\d.,]+\/month \(on-demand prices, 730 h a month; spot prices vary; on-demand is the ceiling shown\)\n/,
    );
    expect(output).toMatch(/3 workloads: 2 placed, 1 pending; 1 DaemonSet as overhead\n$/);
    expect(output).not.toContain('\u001b[');
  });

  it('gives an on-demand price as what it costs, without the spot note', () => {
    const onDemand = poolWith('steady', [
      requirement('karpenter.sh/capacity-type', 'In', 'on-demand'),
    ]);
    const files = [
      { path: 'pool.yaml', text: yamlOf(nodeClass('default').manifest, onDemand.manifest) },
      { path: 'web.yaml', text: yamlOf(workloadNode('web', { cpu: '1' }).manifest) },
    ];
    const { output, pending } = simulateFiles(files, CATALOG, { format: 'human', color: true });
    expect(pending).toBe(0);
    expect(output).toMatch(/→ steady: 1 pod on 1 × \S+ · on-demand · ~\$/);
    expect(output).toContain('(on-demand prices, 730 h a month)\n');
    expect(output).toContain('\u001b[32m1 workload: 1 placed, 0 pending\u001b[39m\n');
  });

  it('keeps every workload pending when there is no NodePool, and says so', () => {
    const result = json([WORKLOADS]);
    expect(result.workloads.map((w) => [w.name, w.pending, w.reason])).toEqual([
      ['notebook', true, 'The design has no NodePool.'],
      ['trainer', true, 'The design has no NodePool.'],
      ['web', true, 'The design has no NodePool.'],
    ]);
    expect(result.pools).toEqual([]);
    expect(result.total).toEqual({ nodes: 0, perHour: 0, perMonth: 0, spot: false, unpriced: 0 });
    const human = simulateFiles([WORKLOADS], CATALOG, { format: 'human', color: false });
    expect(human.pending).toBe(3);
    expect(human.output).toContain('  pending: 3 of 3 pods. The design has no NodePool.\n');
  });

  it('reads the workloads of a List as kubectl get -o yaml prints them', () => {
    const items = WORKLOADS.text
      .split('---\n')
      .filter((text) => text !== '')
      .map((text) => parse(text) as object);
    const list = { path: 'dump.yaml', text: stringify({ apiVersion: 'v1', kind: 'List', items }) };
    const result = json([POOLS, list]);
    expect(result.workloads.map((w) => [w.name, w.pool, w.file])).toEqual([
      ['notebook', null, 'dump.yaml'],
      ['trainer', 'gpu', 'dump.yaml'],
      ['web', 'general', 'dump.yaml'],
    ]);
  });

  it('says there is nothing to place when the files hold no workloads', () => {
    const { output, pending } = simulateFiles([POOLS], CATALOG, { format: 'human', color: false });
    expect(pending).toBe(0);
    expect(output).toMatch(/^No workloads in these files: simulate places Deployments/);
    expect(output).toMatch(/0 workloads: 0 placed, 0 pending\n$/);
  });

  it('reports a file that is not YAML with its line, and simulates the rest', () => {
    const broken = { path: 'broken.yaml', text: 'apiVersion: v1\nkind: [unclosed\n' };
    const result = json([broken, POOLS, WORKLOADS]);
    expect(result.messages).toEqual([
      expect.objectContaining({ file: 'broken.yaml', severity: 'error', line: 3, column: 1 }),
    ]);
    expect(result.workloads).toHaveLength(3);
  });

  it('simulates older Karpenter APIs as their v1 conversion, and says so', () => {
    const older = POOLS.text.replace(/karpenter\.sh\/v1\n/g, 'karpenter.sh/v1beta1\n');
    const result = json([{ path: 'old.yaml', text: older }, WORKLOADS]);
    expect(result.messages.map((m) => m.text)).toContain(
      'karpenter.sh/v1beta1 NodePool "gpu" is simulated as its v1 conversion (see the convert command).',
    );
    expect(result.workloads.find((w) => w.name === 'trainer')?.pool).toBe('gpu');
  });
});
