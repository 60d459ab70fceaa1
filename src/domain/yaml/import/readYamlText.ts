import { parseYamlText, textDocuments, type TextDocument } from '../parse/parseYamlText';
import type { TextError } from '../parse/textError';
import type { ImportedResources } from './importedResources';
import { importParsedYaml } from './importParsedYaml';
import { readMigDocuments } from './migDocuments';

/** The YAML panel's text, parsed once: what it brings, where its documents are, what it lacks. */
export interface YamlTextRead {
  /** Its resources, the documents generated for MIG profiles read back into them. */
  imported: ImportedResources;
  /** Its documents in order, broken ones included, for problem markers. */
  documents: TextDocument[];
  /** What could not be taken (a half-typed document), at its line. */
  errors: TextError[];
}

/**
 * Reads the text the user typed in the YAML panel. Only documents whose text changed since the
 * last call are parsed again (parseYamlText), and the panel asks this one parse both what to
 * apply to the design and where each problem's marker goes.
 */
export function readYamlText(text: string): YamlTextRead {
  const parsed = parseYamlText(text, 'YAML panel');
  const imported = readMigDocuments(importParsedYaml(parsed));
  return {
    imported,
    documents: textDocuments(parsed),
    errors: imported.messages
      .filter((m) => m.severity === 'error')
      .map((m) => ({ line: m.line ?? 1, message: m.text })),
  };
}
