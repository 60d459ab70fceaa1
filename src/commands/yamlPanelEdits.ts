import { applyYamlText } from '../domain/yaml/import/applyYamlText';
import type { ImportMessage } from '../domain/yaml/import/importMessages';
import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

/**
 * Applies what the user typed in the YAML panel to the design. Typing is one undo step (the
 * panel's gesture, begun in the app shell). Returns the lines that do not parse, for the panel's markers; the design keeps the last
 * good state of those documents.
 */
export const applyPanelText: Command<{ text: string }, ImportMessage[]> = {
  id: 'apply-panel-text',
  label: 'Edit YAML',
  editsDesign: true,
  run: (_, { text }) => {
    let errors: ImportMessage[] = [];
    useDesignStore.getState().setDesign((design) => {
      const result = applyYamlText(design, text);
      errors = result.errors;
      return result.design;
    });
    return errors;
  },
};
