import { applyRemedy, type PlacementRemedy } from '../domain/scheduling/plan/remedy';
import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

/**
 * A refusal's one-click fix (the Placement rows and the MIG lesson offer it): the design edit
 * the engine named, as one undo step.
 */
export const applyPlacementFix: Command<PlacementRemedy> = {
  id: 'apply-placement-fix',
  label: 'Apply the placement fix',
  editsDesign: true,
  run: (_, remedy) => useDesignStore.getState().setDesign((d) => applyRemedy(d, remedy)),
};
