import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

/** Where the learn panel opens from the toolbar, the empty inspector and the start screen. */
const MODEL_ENTRY = 'model:nodepool';

/** Opens the learn panel at its start, or closes it. */
export const toggleLearn: Command = {
  id: 'toggle-learn',
  label: 'Learn',
  description: 'What NodePools, EC2NodeClasses and MIG profiles are, field by field',
  editsDesign: false,
  isOn: (state) => state.learn !== undefined,
  run: () => {
    const { learn, showLearn } = useDesignStore.getState();
    showLearn(learn === undefined ? MODEL_ENTRY : undefined);
  },
};

/**
 * Opens the learn panel at an entry (a ⓘ, a link in the panel), or at the mental model. The
 * start screen, which would cover the panel, closes.
 */
export const openLearn: Command<{ entry?: string }> = {
  id: 'open-learn',
  label: 'Learn the model',
  editsDesign: false,
  run: (_, { entry }) => {
    const { closeDialog, showLearn } = useDesignStore.getState();
    closeDialog('start');
    showLearn(entry ?? MODEL_ENTRY);
  },
};

export const closeLearn: Command = {
  id: 'close-learn',
  label: 'Close the learn panel',
  editsDesign: false,
  run: () => useDesignStore.getState().showLearn(undefined),
};
