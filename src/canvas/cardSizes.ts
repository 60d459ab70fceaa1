import type { ResourceId } from '../domain/design/types';

export interface Measured {
  width: number;
  height: number;
}

const sizes = new Map<ResourceId, Measured>();

/**
 * The sizes React Flow measured the cards at on this page. React Flow drops its measure of a
 * node it is given as a new object without one, so a node made anew (moved, selected) carries
 * the last; a far-zoom block takes its card's height from here. Not React state: React Flow has
 * already applied each measure to the node it drew, and making every node anew for it drew all
 * the cards of a large design a second time as it opened.
 */
export const cardSizes = {
  get: (id: ResourceId): Measured | undefined => sizes.get(id),
  set: (id: ResourceId, size: Measured): void => {
    sizes.set(id, size);
  },
};
