import type * as Engine from './plannerEngine';

/**
 * The scheduling engine as the store's selectors use it. It is a chunk of its own, loaded with
 * the instance catalog (instanceCatalog.ts): it has nothing to plan without the catalog, and the
 * entry bundle stays small. Until it arrives the plan reads "planning".
 */
export type Planner = typeof Engine;

export const loadPlanner = (): Promise<Planner> => import('./plannerEngine');
