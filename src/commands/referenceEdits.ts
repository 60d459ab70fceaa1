import {
  checkConnection,
  connect,
  disconnect,
  type ConnectionCheck,
  type Reference,
} from '../domain/design/references';
import type { ResourceId } from '../domain/design/types';
import { useDesignStore } from '../store/designStore';
import { selectReferences } from '../store/selectors';

export { disconnect };

export function canConnect(source: ResourceId, target: ResourceId): ConnectionCheck {
  return checkConnection(useDesignStore.getState().design, source, target);
}

/** Makes (or moves) the reference a drag from `source` to `target` asks for. */
export function connectResources(source: ResourceId, target: ResourceId): ConnectionCheck {
  const check = canConnect(source, target);
  if (check.ok) useDesignStore.getState().setDesign((design) => connect(design, source, target));
  return check;
}

export function selectReferencesFor(edgeIds: readonly string[]): Reference[] {
  const ids = new Set(edgeIds);
  return selectReferences(useDesignStore.getState()).filter((r) => ids.has(r.id));
}
