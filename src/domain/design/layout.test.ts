import dagre from '@dagrejs/dagre';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  designOf,
  migProfile,
  nodeClass,
  nodePool,
  ORIGIN,
  workload,
} from '../../../test/fixtures/fixtures';
import { layoutPositions, placeAdded } from './layout';
import { workloadSlot } from './workloadColumn';
import { references } from './references';
import type { Design, Position, Resource, WorkloadResource } from './types';

function workloadNode(name: string, position: Position = ORIGIN): WorkloadResource {
  return { ...workload(name), position };
}

/** layoutPositions as it was with dagre's default ranker, network simplex. */
function networkSimplexPositions(design: Design): Record<string, Position> {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 36, ranksep: 140, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const id of Object.keys(design.resources)) graph.setNode(id, { width: 200, height: 110 });
  for (const ref of references(design)) graph.setEdge(ref.source, ref.target);
  dagre.layout(graph);
  const positions: Record<string, Position> = {};
  for (const id of Object.keys(design.resources)) {
    const node = graph.node(id) as { x: number; y: number };
    positions[id] = { x: Math.round(node.x - 100), y: Math.round(node.y - 55) };
  }
  return positions;
}

/**
 * Designs of every shape references take: classes with many pools or none, pools without a
 * class or pointing at two classes of the same name, MIG profiles on several pools or none.
 */
const designs = fc
  .record({
    classes: fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 6 }),
    pools: fc.array(
      fc.record({ className: fc.constantFrom('a', 'b', 'c', 'd', 'none'), mig: fc.nat(6) }),
      { maxLength: 30 },
    ),
    profiles: fc.nat(3),
  })
  .map(({ classes, pools, profiles }): Design => {
    const resources: Resource[] = [
      ...classes.map((name, i) => nodeClass(name, `nc-${i}`)),
      ...Array.from({ length: profiles }, (_, i) => migProfile(`m${i}`)),
      ...pools.map(({ className, mig }, i) => {
        const pool = nodePool(`p${i}`, className);
        const attached = mig < profiles ? { migProfileId: `mig-m${mig}` } : {};
        return { ...pool, ...attached };
      }),
    ];
    return designOf(...resources);
  });

describe('layoutPositions', () => {
  it('places every resource where network simplex placed it', () => {
    fc.assert(
      fc.property(designs, (design) => {
        expect(layoutPositions(design)).toEqual(networkSimplexPositions(design));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the workload column', () => {
  const infrastructure = [nodeClass('default'), nodePool('general'), nodePool('gpu')];

  it('stacks workloads by name left of every pool, so their placement edges run one way', () => {
    const design = designOf(...infrastructure, workloadNode('web'), workloadNode('api'));
    const positions = layoutPositions(design);
    const poolX = Math.min(positions['np-general']!.x, positions['np-gpu']!.x);
    const api = positions['wl-api']!;
    const web = positions['wl-web']!;
    expect(api.x).toBe(web.x);
    expect(api.x + 200).toBeLessThan(poolX);
    expect(web.y).toBeGreaterThan(api.y);
  });

  it('lays out the pools as if the workloads were not there', () => {
    const without = layoutPositions(designOf(...infrastructure));
    const withWorkloads = layoutPositions(designOf(...infrastructure, workloadNode('web')));
    expect(withWorkloads['np-gpu']).toEqual(without['np-gpu']);
  });

  it('puts an imported workload at the foot of the column already there', () => {
    const design = designOf(
      ...infrastructure.map((r) => ({ ...r, position: { x: 400, y: 0 } })),
      workloadNode('web', { x: -50, y: 30 }),
      workloadNode('batch'),
    );
    const placed = placeAdded(design, ['wl-batch']);
    expect(placed.resources['wl-batch']?.position).toEqual({ x: -50, y: 180 });
  });

  it('starts the column left of the pools when the first workloads arrive', () => {
    const design = designOf(
      ...infrastructure.map((r) => ({ ...r, position: { x: 400, y: 20 } })),
      workloadNode('web'),
    );
    expect(placeAdded(design, ['wl-web']).resources['wl-web']?.position).toEqual({ x: -40, y: 20 });
  });

  it('places pools that arrive after the workloads right of their column', () => {
    const design = designOf(workloadNode('web', { x: 0, y: 0 }), nodePool('general'));
    const pool = placeAdded(design, ['np-general']).resources['np-general']!.position;
    expect(pool.x).toBeGreaterThanOrEqual(200);
  });
});

describe('workloadSlot', () => {
  it('puts a workload added from the palette under the column, or left of the pools', () => {
    const pools = [nodePool('general'), nodePool('gpu')].map((r, i) => ({
      ...r,
      position: { x: 400, y: 100 * i },
    }));
    expect(workloadSlot(designOf(...pools))).toEqual({ x: -40, y: 0 });
    expect(workloadSlot(designOf(...pools, workloadNode('web', { x: 10, y: 40 })))).toEqual({
      x: 10,
      y: 190,
    });
  });

  it('leaves an empty canvas to the view', () => {
    expect(workloadSlot(designOf())).toBeUndefined();
  });
});
