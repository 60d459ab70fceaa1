import type { NodeProps, NodeTypes } from '@xyflow/react';
import { createElement, memo, useContext, type ComponentType } from 'react';
import { KINDS, RESOURCE_KINDS } from '../../domain/design/kinds';
import { resourceName } from '../../domain/design/resources';
import type { Resource, ResourceByKind, ResourceKind } from '../../domain/design/types';
import { useDesignStore } from '../../store/designStore';
import { cardSizes } from '../cardSizes';
import { FarZoomContext } from '../farZoomContext';
import type { ResourceNodeProps } from '../flowTypes';
import { cardHeight } from './cardHeight';
import { EC2NodeClassNode } from './EC2NodeClassNode';
import { FarCard, FarWorkloadCard } from './FarCard';
import { MigProfileNode } from './MigProfileNode';
import { NodePoolNode } from './NodePoolNode';
import { WorkloadNode } from './WorkloadNode';

/** Each kind's node component; a new kind without one is a type error. */
const NODES: { [K in ResourceKind]: ComponentType<ResourceNodeProps<K>> } = {
  NodePool: NodePoolNode,
  EC2NodeClass: EC2NodeClassNode,
  MigProfile: MigProfileNode,
  Workload: WorkloadNode,
};

function isKind<K extends ResourceKind>(
  resource: Resource | undefined,
  kind: K,
): resource is ResourceByKind[K] {
  return resource?.kind === kind;
}

/**
 * The React Flow node type of one kind: it reads its resource from the design by the node's id
 * and draws nothing for the one frame in which React Flow still holds a node just deleted.
 * Zoomed out past FAR_ZOOM it draws the light block, as tall as the card was last measured.
 */
function nodeOf<K extends ResourceKind>(kind: K): ComponentType<NodeProps> {
  const Component = NODES[kind];
  // Compared by id alone: the node reads everything else from the design, and its selection
  // is React Flow's class on the node, so a select all or a drag elsewhere skips it.
  return memo(function ResourceNode({ id }: NodeProps) {
    const far = useContext(FarZoomContext);
    const resource = useDesignStore((state) => state.design.resources[id]);
    if (!isKind(resource, kind)) return null;
    if (far) {
      const height = cardSizes.get(id)?.height ?? cardHeight(resource);
      const block = kind === 'Workload' ? FarWorkloadCard : FarCard;
      return createElement(block, { id, kind, name: resourceName(resource), height });
    }
    return createElement(Component, { id, resource });
  }, sameNode);
}

const sameNode = (before: NodeProps, after: NodeProps) => before.id === after.id;

/** Defined once at module scope: a new object per render makes React Flow remount every node. */
export const nodeTypes: NodeTypes = Object.fromEntries(
  RESOURCE_KINDS.map((kind) => [KINDS[kind].nodeType, nodeOf(kind)]),
);
