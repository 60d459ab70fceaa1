import { addResource as add } from '../domain/design/operations';
import type { Position, ResourceId, ResourceKind } from '../domain/design/types';
import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

/** Adds a resource with a unique name and valid defaults, and selects it. */
export const addResource: Command<{ kind: ResourceKind; position: Position }, ResourceId> = {
  id: 'add-resource',
  label: 'Add resource',
  editsDesign: true,
  run: (_, { kind, position }) => {
    let id = '';
    useDesignStore.getState().setDesign((design) => {
      const result = add(design, kind, position);
      id = result.id;
      return result.design;
    });
    useDesignStore.getState().select([id]);
    return id;
  },
};
