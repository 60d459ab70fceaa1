import type { Design } from '../../src/domain/design/types';
import type { IdSource } from '../../src/domain/design/operations';
import { applyYamlText } from '../../src/domain/yaml/import/applyYamlText';
import { readYamlText } from '../../src/domain/yaml/import/readYamlText';
import type { TextError } from '../../src/domain/yaml/parse/textError';

/** What one pause in typing does: the panel's text read once, then applied to the design. */
export function typeInPanel(
  design: Design,
  text: string,
  ids?: IdSource,
): { design: Design; errors: TextError[] } {
  const read = readYamlText(text);
  return { design: applyYamlText(design, read, ids), errors: read.errors };
}
