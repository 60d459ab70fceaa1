import type { ResourceId } from '../domain/design/types';
import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

/**
 * A problem clicked in the list: its resource is selected, centred on the canvas, and the
 * YAML panel shows the line the problem is about.
 */
export const showProblem: Command<{ resourceId: ResourceId; path: string }> = {
  id: 'show-problem',
  label: 'Show problem',
  editsDesign: false,
  run: (_, { resourceId, path }) => {
    const { select, revealResource } = useDesignStore.getState();
    select([resourceId]);
    revealResource(resourceId, path);
  },
};
