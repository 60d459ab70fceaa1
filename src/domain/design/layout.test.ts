import dagre from '@dagrejs/dagre';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designOf, migProfile, nodeClass, nodePool } from '../../../test/fixtures/fixtures';
import { layoutPositions } from './layout';
import { references } from './references';
import type { Design, Position, Resource } from './types';

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
