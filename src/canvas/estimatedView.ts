import { getViewportForBounds, type Rect, type Viewport } from '@xyflow/react';
import { CARD } from '../domain/design/groupGrid';
import type { Resource, ResourceId } from '../domain/design/types';
import { cardHeight } from './nodes/cardHeight';
import type { Measured } from './cardSizes';

/** What fitting a view needs besides the cards: the pane's size, the zoom range and the margin. */
export interface FitTarget {
  width: number;
  height: number;
  minZoom: number;
  maxZoom: number;
  padding: Parameters<typeof getViewportForBounds>[5];
}

/**
 * The box the cards cover, from their positions and their measured sizes, or the size they will
 * be drawn at when React Flow has not measured them yet; `undefined` for no cards.
 */
export function cardBounds(
  resources: Iterable<Resource>,
  measured: (id: ResourceId) => Measured | undefined,
): Rect | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const resource of resources) {
    const size = measured(resource.id);
    const { x, y } = resource.position;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + (size?.width ?? CARD.width));
    maxY = Math.max(maxY, y + (size?.height ?? cardHeight(resource)));
  }
  return minX === Infinity
    ? undefined
    : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * The view React Flow's fitView would give these cards, computed before they are drawn: a large
 * design then draws its cards once, at the zoom it is shown at, instead of in full at the old
 * zoom, measured, and drawn again as far-zoom blocks.
 */
export function estimatedView(
  resources: Iterable<Resource>,
  measured: (id: ResourceId) => Measured | undefined,
  target: FitTarget,
): Viewport | undefined {
  const bounds = cardBounds(resources, measured);
  if (!bounds || target.width <= 0 || target.height <= 0) return undefined;
  return getViewportForBounds(
    bounds,
    target.width,
    target.height,
    target.minZoom,
    target.maxZoom,
    target.padding,
  );
}
