import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo, useContext } from 'react';
import { edgeTooltip } from '../../domain/learn/edgeEntries';
import type { PlacementEdge } from '../flowTypes';
import { FarZoomContext } from '../farZoomContext';

const TOOLTIP = edgeTooltip('edge:placement');

/**
 * Where a workload's pods land: a broad, translucent line in the workload colour with the plan's nodes and
 * price on it. A result of the plan, so it cannot be selected, deleted or reconnected.
 */
export const PlacementEdgeView = memo(function PlacementEdgeView({
  id,
  data,
  sourceX,
  sourceY,
  sourcePosition,
  targetX,
  targetY,
  targetPosition,
}: EdgeProps<PlacementEdge>) {
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
  });
  // Zoomed out past FAR_ZOOM a label would be under 4 px high: it is left out, not hidden, so a
  // re-plan that relabels sixty edges does not lay sixty labels out again where none is seen.
  const far = useContext(FarZoomContext);
  const [nodes, ...more] = (data?.label ?? '').split(' · ');
  const rest = more.join(' · ');
  return (
    <>
      <g>
        <title>{TOOLTIP}</title>
        <BaseEdge id={id} path={path} className="placement-edge" interactionWidth={12} />
      </g>
      {data?.label && !far && (
        <EdgeLabelRenderer>
          <div
            className="placement-edge__label nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-testid="placement-edge-label"
            title={TOOLTIP}
          >
            {/* Nodes on the first line, capacity and price on the second: narrow enough to sit
                between the workload column and the pools. The separator stays in the text. */}
            <span className="placement-edge__nodes">{nodes}</span>
            {rest && <span className="placement-edge__separator"> · </span>}
            {rest}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
