import { getBezierPath, Position, type InternalNode } from '@xyflow/react';
import type { FlowEdge, ReferenceEdge } from '../flowTypes';

/** One reference at overview zoom, as `FarReferences` draws it. */
export interface FarLine {
  id: string;
  /** The SVG path, in the canvas's coordinates. */
  d: string;
}

/** The references at overview zoom by how they are drawn: the selected ones go over the others. */
export interface FarLines {
  nodeClassRef: FarLine[];
  migProfile: FarLine[];
  selected: FarLine[];
}

/** The canvas's edges with the references apart: at overview zoom they are drawn as one layer. */
export function referencesApart(edges: readonly FlowEdge[]): {
  references: ReferenceEdge[];
  others: FlowEdge[];
} {
  const references: ReferenceEdge[] = [];
  const others: FlowEdge[] = [];
  for (const edge of edges) {
    if (edge.type === 'reference') references.push(edge);
    else others.push(edge);
  }
  return { references, others };
}

type Handle = NonNullable<InternalNode['internals']['handleBounds']>['source'];

/**
 * Where an edge meets a node's handle, as React Flow puts it (getHandlePosition): the middle of
 * the handle's side that faces out. The first handle stands in when the edge names none.
 */
function handlePoint(
  node: InternalNode | undefined,
  handles: Handle | undefined,
  id: string | null | undefined,
): { x: number; y: number; position: Position } | undefined {
  if (!node || !handles) return undefined;
  const handle = id ? handles.find((h) => h.id === id) : handles[0];
  if (!handle) return undefined;
  const x = node.internals.positionAbsolute.x + handle.x;
  const y = node.internals.positionAbsolute.y + handle.y;
  switch (handle.position) {
    case Position.Top:
      return { x: x + handle.width / 2, y, position: handle.position };
    case Position.Bottom:
      return { x: x + handle.width / 2, y: y + handle.height, position: handle.position };
    case Position.Left:
      return { x, y: y + handle.height / 2, position: handle.position };
    case Position.Right:
      return { x: x + handle.width, y: y + handle.height / 2, position: handle.position };
  }
}

function edgePath(
  edge: ReferenceEdge,
  source: InternalNode | undefined,
  target: InternalNode | undefined,
): string | undefined {
  const from = handlePoint(
    source,
    source?.internals.handleBounds?.source ?? undefined,
    edge.sourceHandle,
  );
  const to = handlePoint(
    target,
    target?.internals.handleBounds?.target ?? undefined,
    edge.targetHandle,
  );
  if (!from || !to) return undefined;
  const [path] = getBezierPath({
    sourceX: from.x,
    sourceY: from.y,
    sourcePosition: from.position,
    targetX: to.x,
    targetY: to.y,
    targetPosition: to.position,
  });
  return path;
}

interface Drawn {
  edge: ReferenceEdge;
  source: InternalNode | undefined;
  target: InternalNode | undefined;
  line: FarLine | undefined;
}

/**
 * Gives a function that turns the references and React Flow's nodes into the lines to draw. It
 * is asked on every change of React Flow's store (each frame of a pan or a drag): a line is
 * worked out again only when its edge or a node it joins is a new object, and the answer is the
 * same object while no line changed, so a pan redraws nothing and a drag only the dragged
 * node's lines. An edge whose ends React Flow has not measured yet is left out.
 */
export function farReferencePainter(): (
  edges: readonly ReferenceEdge[],
  nodeOf: (id: string) => InternalNode | undefined,
) => FarLines {
  const drawn = new Map<string, Drawn>();
  let lastEdges: readonly ReferenceEdge[] | undefined;
  let last: FarLines = { nodeClassRef: [], migProfile: [], selected: [] };
  return (edges, nodeOf) => {
    // A re-plan makes a new list of edges with the same references in it: not a change.
    const sameEdges =
      lastEdges !== undefined &&
      edges.length === lastEdges.length &&
      edges.every((edge, i) => edge === lastEdges?.[i]);
    let changed = !sameEdges;
    const lines: FarLines = { nodeClassRef: [], migProfile: [], selected: [] };
    for (const edge of edges) {
      const source = nodeOf(edge.source);
      const target = nodeOf(edge.target);
      let entry = drawn.get(edge.id);
      if (!entry || entry.edge !== edge || entry.source !== source || entry.target !== target) {
        const d = edgePath(edge, source, target);
        entry = { edge, source, target, line: d === undefined ? undefined : { id: edge.id, d } };
        drawn.set(edge.id, entry);
        changed = true;
      }
      if (!entry.line) continue;
      if (edge.selected) lines.selected.push(entry.line);
      else if (edge.data?.reference.kind === 'migProfile') lines.migProfile.push(entry.line);
      else lines.nodeClassRef.push(entry.line);
    }
    if (!changed) return last;
    if (!sameEdges) {
      const current = new Set(edges.map((e) => e.id));
      for (const id of drawn.keys()) if (!current.has(id)) drawn.delete(id);
    }
    lastEdges = edges;
    last = lines;
    return last;
  };
}
