import type { Edge, Node } from '@xyflow/react';
import type { Reference } from '../domain/design/references';
import type { ResourceId } from '../domain/design/types';

/** Handle ids, one per reference a node can make or receive. */
export const HANDLE = {
  nodeClassRef: 'nodeClassRef',
  nodeClassTarget: 'nodePools',
  migTarget: 'migProfile',
  migSource: 'nodePools',
} as const;

export type ResourceNodeData = { resourceId: ResourceId };
export type ResourceNode = Node<ResourceNodeData>;
export type ReferenceEdge = Edge<{ reference: Reference }>;
