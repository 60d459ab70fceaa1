import type { NodeProps, NodeTypes } from '@xyflow/react';
import type { ComponentType } from 'react';
import { KINDS, RESOURCE_KINDS } from '../../domain/design/kinds';
import type { ResourceKind } from '../../domain/design/types';
import type { ResourceNodeByKind } from '../flowTypes';
import { EC2NodeClassNode } from './EC2NodeClassNode';
import { MigProfileNode } from './MigProfileNode';
import { NodePoolNode } from './NodePoolNode';
import { WorkloadNode } from './WorkloadNode';

/** Each kind's node component; a new kind without one is a type error. */
const NODES: { [K in ResourceKind]: ComponentType<NodeProps<ResourceNodeByKind[K]>> } = {
  NodePool: NodePoolNode,
  EC2NodeClass: EC2NodeClassNode,
  MigProfile: MigProfileNode,
  Workload: WorkloadNode,
};

/** Defined once at module scope: a new object per render makes React Flow remount every node. */
export const nodeTypes: NodeTypes = Object.fromEntries(
  RESOURCE_KINDS.map((kind) => [KINDS[kind].nodeType, NODES[kind]]),
);
