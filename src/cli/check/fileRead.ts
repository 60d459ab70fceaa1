import { takeParsedText } from '../../domain/yaml/import/importYaml';
import type { ImportedResources } from '../../domain/yaml/import/importedResources';
import { megabytes } from '../../domain/yaml/parse/importCaps';
import { parseManifestText } from '../../domain/yaml/parse/parseManifestText';
import { looksBinary } from '../../domain/yaml/parse/refusedText';
import type { InputFile } from '../inputFile';

/**
 * The most one file may hold. The app's import stops at 5 MB because a browser tab has to stay
 * responsive; a CI job may read more, but not without bound (yaml keeps a syntax tree of about
 * ten times the text).
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * One file read with the app's import. Its syntax tree (ten times the text) is not kept: on a
 * large repository that is most of the heap and of the collector's time, and the few files a
 * finding points into are parsed again for the finding's position.
 */
export type FileRead = { refused: string } | { imported: ImportedResources };

function refusal(file: InputFile): string | undefined {
  if (file.text.length > MAX_FILE_BYTES)
    return `This file is ${megabytes(file.text.length)}; the CLI reads at most ${megabytes(MAX_FILE_BYTES)} a file. It was not checked.`;
  if (looksBinary(file.text))
    return 'This file is not text (it contains binary data). It was not checked.';
  return undefined;
}

export function readFile(file: InputFile): FileRead {
  const refused = refusal(file);
  if (refused !== undefined) return { refused };
  return { imported: takeParsedText(parseManifestText(file.text, file.path)) };
}
