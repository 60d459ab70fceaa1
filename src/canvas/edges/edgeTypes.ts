import { PlacementEdgeView } from './PlacementEdgeView';
import { ReferenceEdgeView } from './ReferenceEdgeView';

/** Defined once at module scope, as React Flow asks, so edges are not re-created per render. */
export const edgeTypes = { reference: ReferenceEdgeView, placement: PlacementEdgeView };
