import { addResource as add } from '../domain/design/operations';
import type { Position, ResourceId, ResourceKind } from '../domain/design/types';
import { useDesignStore } from '../store/designStore';

/** Adds a resource with a unique name and valid defaults, and selects it. */
export function addResource(kind: ResourceKind, position: Position): ResourceId {
  let id = '';
  useDesignStore.getState().setDesign((design) => {
    const result = add(design, kind, position);
    id = result.id;
    return result.design;
  });
  useDesignStore.getState().select([id]);
  return id;
}
