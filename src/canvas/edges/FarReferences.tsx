import { useCallback, useMemo } from 'react';
import { EdgeLabelRenderer, useStore, type ReactFlowState } from '@xyflow/react';
import type { ReferenceEdge } from '../flowTypes';
import { farReferencePainter } from './farReferencePaths';

/**
 * The references at overview zoom, drawn as one SVG layer instead of a React Flow edge each: at
 * that zoom a line is under a pixel wide and cannot be clicked, and 900 edge components were a
 * fifth of what opening, undoing or selecting a 1,000-resource design cost (BENCHMARKS.md).
 * It sits in the viewport under the cards, in React Flow's layer for edge labels.
 */
export function FarReferences({ edges }: { edges: readonly ReferenceEdge[] }) {
  const paint = useMemo(() => farReferencePainter(), []);
  const paths = useStore(
    useCallback(
      (state: ReactFlowState) => paint(edges, (id) => state.nodeLookup.get(id)),
      [edges, paint],
    ),
  );
  return (
    <EdgeLabelRenderer>
      <svg className="far-references" aria-hidden="true">
        <path
          className="far-references__nodeClassRef"
          d={paths.nodeClassRef}
          data-edges={paths.counts.nodeClassRef}
        />
        <path
          className="far-references__migProfile"
          d={paths.migProfile}
          data-edges={paths.counts.migProfile}
        />
        <path
          className="far-references__selected"
          d={paths.selected}
          data-edges={paths.counts.selected}
        />
      </svg>
    </EdgeLabelRenderer>
  );
}
