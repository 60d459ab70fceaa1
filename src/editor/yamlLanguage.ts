// Completion, and the snippets its items insert (`consolidationPolicy: ${1:WhenEmpty...}`).
// Here rather than in monacoSetup: the panel is their only user, and its editor turns word
// suggestions off, so the inspector's editors never get a suggestion list of their own.
import 'monaco-editor/esm/vs/editor/contrib/snippet/browser/snippetController2';
import 'monaco-editor/esm/vs/editor/contrib/suggest/browser/suggestController';
import { configureMonacoYaml } from 'monaco-yaml';
import { KARPENTER_MANIFEST_JSON_SCHEMA } from '../domain/validation/apiServer/jsonSchema';
import { monaco } from '../monaco/monacoSetup';

/** The YAML panel's model. A fixed address, so that the schema below applies to it alone. */
export const DESIGN_YAML_URI = monaco.Uri.parse('inmemory://nodepool-designer/design.yaml');

/**
 * Starts the YAML language service (monaco-yaml, in its own worker) with the NodePool and
 * EC2NodeClass schemas: completion of field names and enum values, hover help, and its own
 * markers (owner `yaml`, warnings), which appear as the user types, before the design catches
 * up. Everything is bundled: no schema is ever fetched. monaco-yaml allows one configuration at
 * a time, so the panel starts it and disposes of it; its worker starts with the panel's model.
 */
export function startYamlLanguage(): monaco.IDisposable {
  return configureMonacoYaml(monaco, {
    enableSchemaRequest: false,
    completion: true,
    hover: true,
    // The schema is ours, not a document the user could open: no "Source:" link under hovers.
    hoverSchemaSource: false,
    validate: true,
    // The designer writes the canonical form; a formatter would only fight it.
    format: { enable: false },
    schemas: [
      {
        // An identifier only: with the schema given, nothing is requested from it.
        uri: 'inmemory://nodepool-designer/karpenter-manifest.schema.json',
        fileMatch: [DESIGN_YAML_URI.toString()],
        schema: KARPENTER_MANIFEST_JSON_SCHEMA,
      },
    ],
  });
}
