import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { edgeTooltip } from '../../domain/learn/edgeEntries';
import type { ReferenceEdge } from '../flowTypes';

/**
 * React Flow's bezier edge with a tooltip: hovering a connection says what it is, in the learn
 * panel's words (`nodeClassRef`: one class per pool; a MIG profile: how the pool's GPUs split).
 */
export function ReferenceEdgeView({
  id,
  data,
  sourceX,
  sourceY,
  sourcePosition,
  targetX,
  targetY,
  targetPosition,
  style,
  markerEnd,
  interactionWidth,
}: EdgeProps<ReferenceEdge>) {
  const [path] = getBezierPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
  });
  const tooltip = edgeTooltip(
    data?.reference.kind === 'nodeClassRef' ? 'edge:nodeClassRef' : 'edge:migProfile',
  );
  return (
    <g>
      <title>{tooltip}</title>
      <BaseEdge
        id={id}
        path={path}
        style={style}
        markerEnd={markerEnd}
        interactionWidth={interactionWidth}
      />
    </g>
  );
}
