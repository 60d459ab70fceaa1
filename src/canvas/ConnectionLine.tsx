import { getBezierPath, type ConnectionLineComponentProps } from '@xyflow/react';
import { canConnect } from './canConnect';
import type { ResourceNode } from './flowTypes';

/**
 * The line drawn while dragging a reference. Over a node that would refuse it, the line turns
 * red and says why, so the user learns the model instead of watching a drop do nothing.
 */
export function ConnectionLine({
  fromX,
  fromY,
  toX,
  toY,
  fromPosition,
  toPosition,
  fromNode,
  fromHandle,
  toNode,
}: ConnectionLineComponentProps<ResourceNode>) {
  const [path] = getBezierPath({
    sourceX: fromX,
    sourceY: fromY,
    sourcePosition: fromPosition,
    targetX: toX,
    targetY: toY,
    targetPosition: toPosition,
  });
  let reason: string | undefined;
  if (toNode && toNode.id !== fromNode.id) {
    const check =
      fromHandle.type === 'source'
        ? canConnect(fromNode.id, toNode.id)
        : canConnect(toNode.id, fromNode.id);
    if (!check.ok) reason = check.reason;
  }
  return (
    <g className={reason ? 'connection-line is-invalid' : 'connection-line'}>
      <path d={path} fill="none" />
      {reason && (
        <foreignObject
          x={toX + 12}
          y={toY + 12}
          width={260}
          height={64}
          className="connection-reason-box"
        >
          <div className="connection-reason" role="status" data-testid="connection-refused">
            {reason}
          </div>
        </foreignObject>
      )}
    </g>
  );
}
