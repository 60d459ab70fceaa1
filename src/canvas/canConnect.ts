import type { ConnectionCheck } from '../domain/design/references';
import type { ResourceId } from '../domain/design/types';
import { useDesignStore } from '../store/designStore';
import { selectConnectionCheck } from '../store/selectors';

/** Asked on every pointer move of a drag, so it reads the store rather than subscribing. */
export function canConnect(source: ResourceId, target: ResourceId): ConnectionCheck {
  return selectConnectionCheck(useDesignStore.getState(), source, target);
}
