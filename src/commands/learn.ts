import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

/** Opens the learn panel at its start, or closes it. */
export const toggleLearn: Command = {
  id: 'toggle-learn',
  label: 'Learn',
  description: 'What NodePools, EC2NodeClasses and MIG profiles are, field by field',
  editsDesign: false,
  isOn: (state) => state.learn !== undefined,
  run: () => {
    const { learn, showLearn } = useDesignStore.getState();
    showLearn(learn === undefined ? 'model:nodepool' : undefined);
  },
};
