import type { NodeTypes } from '@xyflow/react';
import { KINDS } from '../../domain/design/kinds';
import { EC2NodeClassNode } from './EC2NodeClassNode';
import { MigProfileNode } from './MigProfileNode';
import { NodePoolNode } from './NodePoolNode';

/** Defined once at module scope: a new object per render makes React Flow remount every node. */
export const nodeTypes: NodeTypes = {
  [KINDS.NodePool.nodeType]: NodePoolNode,
  [KINDS.EC2NodeClass.nodeType]: EC2NodeClassNode,
  [KINDS.MigProfile.nodeType]: MigProfileNode,
};
