import { connect } from '../domain/design/references';
import type { ResourceId } from '../domain/design/types';
import { useDesignStore } from '../store/designStore';
import { selectConnectionCheck } from '../store/selectors';
import type { Command } from './command';

/**
 * Makes (or moves) the reference a drag from `source` to `target` asks for. A drag the design
 * does not allow changes nothing; the canvas says why from the same check.
 */
export const connectResources: Command<{ source: ResourceId; target: ResourceId }> = {
  id: 'connect-resources',
  label: 'Connect resources',
  editsDesign: true,
  run: (_, { source, target }) => {
    const state = useDesignStore.getState();
    if (selectConnectionCheck(state, source, target).ok)
      state.setDesign((design) => connect(design, source, target));
  },
};
