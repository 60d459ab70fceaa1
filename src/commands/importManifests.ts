import type { Command } from './command';
import type { Source } from './importSource';

/**
 * The YAML reader, the conversions of older APIs and the MIG readers are a chunk of their own:
 * the canvas does without them until something is imported (main.tsx preloads them when idle).
 */
const importSources = async (sources: readonly Source[]): Promise<void> =>
  (await import('./importFromSources')).importSources(sources);

/** What the Import… picker offers: manifests are YAML, and JSON is YAML too. */
export const IMPORT_FILE_TYPES = '.yaml,.yml,.json,application/yaml,text/yaml';

/**
 * Imports YAML from files (the file picker, or files dropped on the canvas) or pasted text.
 * Everything that arrives is one undo step; what could not be taken is listed by file and line,
 * and nothing already on the canvas is touched. In a shared design, run.ts refuses it before
 * any file is read.
 */
export const importFiles: Command<{ files: readonly File[] }, Promise<void>> = {
  id: 'import-files',
  label: 'Import files',
  editsDesign: true,
  run: (_, { files }) =>
    importSources(
      files.map((file) => ({
        name: file.name,
        size: file.size,
        // Bytes, not file.text(): that decodes bad UTF-8 without a word (see decodeText).
        read: async () => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }),
      })),
    ),
};

/** The toolbar's Import…: a picker of several files, made on demand as Open project file's is. */
export const pickImportFiles: Command = {
  id: 'pick-import-files',
  label: 'Import…',
  description: 'Import Karpenter manifests (or drop YAML files on the canvas, or paste YAML)',
  editsDesign: true,
  run: (context) =>
    context.platform.pickFiles(
      IMPORT_FILE_TYPES,
      (files) => void importFiles.run(context, { files }),
      true,
    ),
};

export const importText: Command<{ text: string }, Promise<void>> = {
  id: 'import-text',
  label: 'Import pasted YAML',
  editsDesign: true,
  run: (_, { text }) =>
    importSources([
      {
        name: 'pasted text',
        size: text.length,
        read: () => Promise.resolve({ name: 'pasted text', text }),
      },
    ]),
};
