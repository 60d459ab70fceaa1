import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

/** Shows or hides the YAML panel; the canvas takes its room while it is hidden. */
export const toggleYaml: Command = {
  id: 'toggle-yaml',
  label: 'Show YAML',
  labelWhenOn: 'Hide YAML',
  description: 'The manifests this design exports, editable beside the canvas',
  editsDesign: false,
  isOn: (state) => state.yamlOpen,
  run: () => {
    const { yamlOpen, showYaml } = useDesignStore.getState();
    showYaml(!yamlOpen);
  },
};
