import { deleteOthers } from '../domain/design/operations';
import type { ResourceId } from '../domain/design/types';
import { useDesignStore } from '../store/designStore';

/** Stops exporting a kept document of another kind (one undo step). */
export function removeOtherDocument(id: ResourceId): void {
  useDesignStore.getState().setDesign((design) => deleteOthers(design, [id]));
}
