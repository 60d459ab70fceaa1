import { getBezierPath, Position, type InternalNode } from '@xyflow/react';
import type { FlowEdge, ReferenceEdge } from '../flowTypes';

/** The references at overview zoom, one path each kind: what `FarReferences` draws. */
export interface FarReferencePaths {
  nodeClassRef: string;
  migProfile: string;
  /** The selected references, drawn over the others. */
  selected: string;
  /** How many references each path holds (an edge whose ends are not measured yet is left out). */
  counts: { nodeClassRef: number; migProfile: number; selected: number };
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
  nodeOf: (id: string) => InternalNode | undefined,
): string | undefined {
  const source = nodeOf(edge.source);
  const target = nodeOf(edge.target);
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

/**
 * Gives a function that turns the references and React Flow's nodes into the paths to draw. It
 * answers the same object while the edges and every node they join are the very same objects:
 * it is asked on every change of React Flow's store (each frame of a pan), and only a move, a
 * measure or a new reference redraws.
 */
export function farReferencePainter(): (
  edges: readonly ReferenceEdge[],
  nodeOf: (id: string) => InternalNode | undefined,
) => FarReferencePaths {
  let lastEdges: readonly ReferenceEdge[] | undefined;
  let lastNodes: (InternalNode | undefined)[] = [];
  let last: FarReferencePaths | undefined;
  return (edges, nodeOf) => {
    const nodes: (InternalNode | undefined)[] = [];
    for (const edge of edges) nodes.push(nodeOf(edge.source), nodeOf(edge.target));
    if (last && edges === lastEdges && nodes.every((node, i) => node === lastNodes[i])) return last;
    const paths = {
      nodeClassRef: [] as string[],
      migProfile: [] as string[],
      selected: [] as string[],
    };
    for (const edge of edges) {
      const path = edgePath(edge, nodeOf);
      if (path === undefined) continue;
      if (edge.selected) paths.selected.push(path);
      else if (edge.data?.reference.kind === 'nodeClassRef') paths.nodeClassRef.push(path);
      else paths.migProfile.push(path);
    }
    lastEdges = edges;
    lastNodes = nodes;
    last = {
      nodeClassRef: paths.nodeClassRef.join(' '),
      migProfile: paths.migProfile.join(' '),
      selected: paths.selected.join(' '),
      counts: {
        nodeClassRef: paths.nodeClassRef.length,
        migProfile: paths.migProfile.length,
        selected: paths.selected.length,
      },
    };
    return last;
  };
}
