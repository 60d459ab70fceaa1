import { deleteOthers } from '../domain/design/operations';
import type { ResourceId } from '../domain/design/types';
import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

/** Stops exporting a kept document of another kind (one undo step). */
export const removeOtherDocument: Command<{ id: ResourceId }> = {
  id: 'remove-other-document',
  label: 'Remove document',
  editsDesign: true,
  run: (_, { id }) => useDesignStore.getState().setDesign((design) => deleteOthers(design, [id])),
};
