import type { Edge, Node } from '@xyflow/react';
import type { KINDS } from '../domain/design/kinds';
import type { Reference } from '../domain/design/references';
import type { ResourceByKind, ResourceId, ResourceKind } from '../domain/design/types';

/** Handle ids, one per reference a node can make or receive. */
export const HANDLE = {
  nodeClassRef: 'nodeClassRef',
  nodeClassTarget: 'nodePools',
  migTarget: 'migProfile',
  migSource: 'nodePools',
  /**
   * Where the computed placement edge starts: a result, never connectable by hand. It ends at
   * the pool's one target handle (CONTRACT.md: a NodePool has one source and one target handle).
   */
  placementSource: 'placement',
} as const;

/**
 * The canvas node of one kind: React Flow's type is the kind's node type. The node does not carry
 * its resource: its component reads it from the store by id, so an edit inside a resource
 * changes no node object and React Flow does not re-adopt every node on each keystroke; only a
 * move or a selection makes a new node.
 */
export type ResourceNodeOf<K extends ResourceKind> = Node<
  Record<string, never>,
  (typeof KINDS)[K]['nodeType']
>;

/** A node of any kind, as the canvas holds them. */
export type ResourceNode = ResourceNodeOf<ResourceKind>;

/**
 * What a kind's node component draws from: its resource, read from the design by id. Not its
 * selection: React Flow's `selected` class on the node styles that (canvas.css), so selecting
 * 1,000 nodes re-renders none of the cards.
 */
export interface ResourceNodeProps<K extends ResourceKind> {
  id: ResourceId;
  resource: ResourceByKind[K];
}
export type ReferenceEdge = Edge<{ reference: Reference }, 'reference'>;
/** The computed line from a workload to a pool its pods land on, labelled with the plan. */
export type PlacementEdge = Edge<{ label: string; pods: number }, 'placement'>;
/** Every line on the canvas: the user's references and the plan's placements. */
export type FlowEdge = ReferenceEdge | PlacementEdge;
