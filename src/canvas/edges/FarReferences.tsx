import { memo, useCallback, useMemo } from 'react';
import { EdgeLabelRenderer, useStore, type ReactFlowState } from '@xyflow/react';
import type { ReferenceEdge } from '../flowTypes';
import { farReferencePainter, type FarLine, type FarLines } from './farReferencePaths';

const Lines = memo(function Lines({
  kind,
  lines,
}: {
  kind: keyof FarLines;
  lines: readonly FarLine[];
}) {
  return (
    <g className={`far-references__${kind}`} data-edges={lines.length}>
      {lines.map((line) => (
        <path key={line.id} d={line.d} />
      ))}
    </g>
  );
});

/**
 * The references at overview zoom, drawn as plain SVG paths in one layer instead of a React Flow
 * edge each: at that zoom a line is under a pixel wide and cannot be clicked, and 900 edge
 * components (each a few elements and store subscriptions) were a fifth of what opening, undoing
 * or selecting a 1,000-resource design cost (BENCHMARKS.md). A path each, not one for all: a
 * drag then repaints the dragged node's lines, not the whole overview. It sits in the viewport
 * under the cards, in React Flow's layer for edge labels.
 */
export function FarReferences({ edges }: { edges: readonly ReferenceEdge[] }) {
  const paint = useMemo(() => farReferencePainter(), []);
  const lines = useStore(
    useCallback(
      (state: ReactFlowState) => paint(edges, (id) => state.nodeLookup.get(id)),
      [edges, paint],
    ),
  );
  return (
    <EdgeLabelRenderer>
      <svg className="far-references" aria-hidden="true">
        <Lines kind="nodeClassRef" lines={lines.nodeClassRef} />
        <Lines kind="migProfile" lines={lines.migProfile} />
        <Lines kind="selected" lines={lines.selected} />
      </svg>
    </EdgeLabelRenderer>
  );
}
