import type { NodeTypes } from '@xyflow/react';
import { NODE_TYPE } from '../flowTypes';
import { EC2NodeClassNode } from './EC2NodeClassNode';
import { MigProfileNode } from './MigProfileNode';
import { NodePoolNode } from './NodePoolNode';

/** Defined once at module scope: a new object per render makes React Flow remount every node. */
export const nodeTypes: NodeTypes = {
  [NODE_TYPE.NodePool]: NodePoolNode,
  [NODE_TYPE.EC2NodeClass]: EC2NodeClassNode,
  [NODE_TYPE.MigProfile]: MigProfileNode,
};
