import { Position, type InternalNode } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { FlowEdge, PlacementEdge, ReferenceEdge } from '../flowTypes';
import { farReferencePainter, referencesApart, type FarLines } from './farReferencePaths';

interface HandleAt {
  id: string;
  position: Position;
  x: number;
  y: number;
}

/** A node as React Flow holds it once measured: where it is and where its handles are. */
function node(
  id: string,
  at: { x: number; y: number },
  handles: { source?: HandleAt[]; target?: HandleAt[] } | undefined,
): InternalNode {
  const bounds = (list: HandleAt[] = []) =>
    list.map((h) => ({ ...h, width: 8, height: 8, type: 'source' as const, nodeId: id }));
  return {
    id,
    position: at,
    data: {},
    measured: { width: 200, height: 80 },
    internals: {
      positionAbsolute: at,
      z: 0,
      userNode: { id, position: at, data: {} },
      handleBounds: handles && { source: bounds(handles.source), target: bounds(handles.target) },
    },
  };
}

function reference(
  id: string,
  source: string,
  target: string,
  kind: 'nodeClassRef' | 'migProfile',
  selected = false,
): ReferenceEdge {
  return {
    id,
    type: 'reference',
    source,
    target,
    sourceHandle: kind === 'nodeClassRef' ? 'nodeClassRef' : 'nodePools',
    targetHandle: kind === 'nodeClassRef' ? 'nodePools' : 'migProfile',
    selected,
    data: { reference: { id, kind, source, target } },
  };
}

const pool = node(
  'pool',
  { x: 0, y: 0 },
  {
    source: [{ id: 'nodeClassRef', position: Position.Right, x: 196, y: 36 }],
    target: [{ id: 'migProfile', position: Position.Left, x: -4, y: 36 }],
  },
);
/** A class card at `at`, its one target handle on its left side. */
const classAt = (id: string, at: { x: number; y: number }) =>
  node(id, at, { target: [{ id: 'nodePools', position: Position.Left, x: -4, y: 36 }] });
/** A pool card at `at` with only its nodeClassRef handle, on its right side. */
const poolAt = (id: string, at: { x: number; y: number }) =>
  node(id, at, { source: [{ id: 'nodeClassRef', position: Position.Right, x: 196, y: 36 }] });
const nodeClass = classAt('class', { x: 400, y: 100 });
const profile = node(
  'mig',
  { x: -400, y: 0 },
  {
    source: [{ id: 'nodePools', position: Position.Right, x: 196, y: 36 }],
  },
);
const lookup = (nodes: InternalNode[]) => {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return (id: string) => byId.get(id);
};

describe('referencesApart', () => {
  it('takes the references out of the edges and leaves the placements', () => {
    const ref = reference('r', 'pool', 'class', 'nodeClassRef');
    const placement = { id: 'p', type: 'placement', source: 'w', target: 'pool' } as PlacementEdge;
    const edges: FlowEdge[] = [ref, placement];
    expect(referencesApart(edges)).toEqual({ references: [ref], others: [placement] });
  });
});

const counts = (lines: FarLines) => ({
  nodeClassRef: lines.nodeClassRef.length,
  migProfile: lines.migProfile.length,
  selected: lines.selected.length,
});

describe('farReferencePainter', () => {
  it('starts a line at the middle of the source handle’s outer side and ends at the target’s', () => {
    const lines = farReferencePainter()(
      [reference('r', 'pool', 'class', 'nodeClassRef')],
      lookup([pool, nodeClass]),
    );
    // Right side of the pool's handle (0 + 196 + 8, 0 + 36 + 4); left side of the class's.
    expect(lines.nodeClassRef[0]?.id).toBe('r');
    expect(lines.nodeClassRef[0]?.d).toMatch(/^M204,40 C.* 396,140$/);
    expect(counts(lines)).toEqual({ nodeClassRef: 1, migProfile: 0, selected: 0 });
  });

  it('sorts the lines by kind, and the selected ones apart to go over the others', () => {
    const lines = farReferencePainter()(
      [
        reference('r', 'pool', 'class', 'nodeClassRef'),
        reference('m', 'mig', 'pool', 'migProfile'),
        reference('s', 'pool', 'class', 'nodeClassRef', true),
      ],
      lookup([pool, nodeClass, profile]),
    );
    expect(counts(lines)).toEqual({ nodeClassRef: 1, migProfile: 1, selected: 1 });
    expect(lines.migProfile[0]?.d).toMatch(/^M-196,40 C.* -4,40$/);
    expect(lines.selected[0]?.id).toBe('s');
  });

  it('leaves out a line whose ends React Flow has not measured yet', () => {
    const unmeasured = node('class', { x: 400, y: 100 }, undefined);
    const lines = farReferencePainter()(
      [reference('r', 'pool', 'class', 'nodeClassRef')],
      lookup([pool, unmeasured]),
    );
    expect(counts(lines)).toEqual({ nodeClassRef: 0, migProfile: 0, selected: 0 });
  });

  it('answers the same lines until an edge or a node it joins changes, then redraws only those', () => {
    const paint = farReferencePainter();
    const otherClass = classAt('other', { x: 400, y: 400 });
    const otherPool = poolAt('pool2', { x: 0, y: 300 });
    const edges = [
      reference('r', 'pool', 'class', 'nodeClassRef'),
      reference('r2', 'pool2', 'other', 'nodeClassRef'),
    ];
    const first = paint(edges, lookup([pool, nodeClass, otherPool, otherClass]));
    expect(paint(edges, lookup([pool, nodeClass, otherPool, otherClass]))).toBe(first);
    // A re-plan hands over a new list holding the same references.
    expect(paint([...edges], lookup([pool, nodeClass, otherPool, otherClass]))).toBe(first);
    const moved = classAt('class', { x: 500, y: 100 });
    const after = paint(edges, lookup([pool, moved, otherPool, otherClass]));
    expect(after).not.toBe(first);
    expect(after.nodeClassRef[0]?.d).toMatch(/ 496,140$/);
    // The line whose nodes did not move is the very same object: React leaves its path alone.
    expect(after.nodeClassRef[1]).toBe(first.nodeClassRef[1]);
  });
});
