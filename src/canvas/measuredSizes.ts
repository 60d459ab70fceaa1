import type { ResourceId } from '../domain/design/types';
import type { CardSize } from '../domain/picture/designSvg';

/**
 * The sizes React Flow laid the cards out at, so a picture's cards match the canvas. Nodes
 * the canvas does not render (off screen in a large design) are missing and fall back to sizes
 * computed from their text. offsetWidth ignores the viewport's zoom, which is what we want.
 */
export function measuredSizes(): Record<ResourceId, CardSize> {
  const sizes: Record<ResourceId, CardSize> = {};
  for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const id = node.dataset.id;
    if (id && node.offsetWidth > 0 && node.offsetHeight > 0)
      sizes[id] = { width: node.offsetWidth, height: node.offsetHeight };
  }
  return sizes;
}
