import type { Edge, Node } from '@xyflow/react';
import type { KINDS } from '../domain/design/kinds';
import type { Reference } from '../domain/design/references';
import type { ResourceByKind, ResourceKind } from '../domain/design/types';

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
 * The canvas node of one kind: React Flow's type is the kind's node type, and the node carries
 * its resource as that kind, so the kind's node component reads it without narrowing.
 */
export type ResourceNodeOf<K extends ResourceKind> = Node<
  { resource: ResourceByKind[K] },
  (typeof KINDS)[K]['nodeType']
>;

/** Each kind's node, by kind. */
export type ResourceNodeByKind = { [K in ResourceKind]: ResourceNodeOf<K> };

/**
 * A node of any kind, as the canvas holds them. Its type and its resource come from the same
 * kind (useFlowElements), so React Flow hands it to the component that expects that kind's
 * ResourceNodeOf (nodes/nodeTypes.ts).
 */
export type ResourceNode = ResourceNodeOf<ResourceKind>;
export type ReferenceEdge = Edge<{ reference: Reference }, 'reference'>;
/** The computed line from a workload to a pool its pods land on, labelled with the plan. */
export type PlacementEdge = Edge<{ label: string; pods: number }, 'placement'>;
/** Every line on the canvas: the user's references and the plan's placements. */
export type FlowEdge = ReferenceEdge | PlacementEdge;
