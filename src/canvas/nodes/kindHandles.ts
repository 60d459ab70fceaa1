import { Position } from '@xyflow/react';
import type { ResourceKind } from '../../domain/design/types';
import { HANDLE } from '../flowTypes';

/** One connection point of a card: React Flow's handle props, and the colour class. */
export interface HandleSpec {
  type: 'source' | 'target';
  id: string;
  position: Position;
  className: string;
  title?: string;
  isConnectable?: boolean;
}

/**
 * Each kind's handles, in one table: the full card draws them as React Flow handles and the
 * far-zoom block as bare markers at the same places, so an edge ends at the same point in both.
 */
export const KIND_HANDLES: { readonly [K in ResourceKind]: readonly HandleSpec[] } = {
  NodePool: [
    {
      type: 'target',
      id: HANDLE.migTarget,
      position: Position.Left,
      className: 'handle handle--mig',
      title: 'Attach a MIG profile here',
    },
    {
      type: 'source',
      id: HANDLE.nodeClassRef,
      position: Position.Right,
      className: 'handle handle--nodeclassref',
      title: 'nodeClassRef: drag to an EC2NodeClass',
    },
  ],
  EC2NodeClass: [
    {
      type: 'target',
      id: HANDLE.nodeClassTarget,
      position: Position.Left,
      className: 'handle handle--nodeclass',
      title: 'NodePools reference this class here',
    },
  ],
  MigProfile: [
    {
      type: 'source',
      id: HANDLE.migSource,
      position: Position.Right,
      className: 'handle handle--mig',
      title: 'Drag to a NodePool to attach this layout',
    },
  ],
  Workload: [
    {
      type: 'source',
      id: HANDLE.placementSource,
      position: Position.Right,
      className: 'handle handle--placement',
      isConnectable: false,
    },
  ],
};
