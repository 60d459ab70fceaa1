import { applyYamlText } from '../domain/yaml/import/applyYamlText';
import type { YamlTextRead } from '../domain/yaml/import/readYamlText';
import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

/**
 * Applies what the user typed in the YAML panel, as the panel read it once (readYamlText), to
 * the design. Typing is one undo step (the panel's gesture, begun in the app shell). The
 * design keeps the last good state of the documents that do not parse. Gives true once applied
 * (undefined when refused, in a shared design).
 */
export const applyPanelText: Command<{ read: YamlTextRead }, true> = {
  id: 'apply-panel-text',
  label: 'Edit YAML',
  editsDesign: true,
  run: (_, { read }) => {
    useDesignStore.getState().setDesign((design) => applyYamlText(design, read));
    return true;
  },
};
