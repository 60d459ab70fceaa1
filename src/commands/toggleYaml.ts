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

/** Whether Download and Copy carry the design's workloads too (off: only what Karpenter reads). */
export const toggleIncludeWorkloads: Command = {
  id: 'toggle-include-workloads',
  label: 'Include workloads in export',
  labelWhenOn: 'Leave workloads out of export',
  description: 'Download and Copy give the workloads too, after the cluster resources',
  editsDesign: false,
  isOn: (state) => state.includeWorkloads,
  run: () => {
    const { includeWorkloads, setIncludeWorkloads } = useDesignStore.getState();
    setIncludeWorkloads(!includeWorkloads);
  },
};
