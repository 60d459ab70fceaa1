import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../domain/yaml/parse/decodeText';
import { InputError } from './cliErrors';
import type { InputFile } from './inputFile';

const MANIFEST_FILE = /\.(?:ya?ml|json)$/i;

/** A folder's manifests, recursively and sorted, skipping node_modules and dot-folders. */
function manifestsUnder(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      found.push(...manifestsUnder(path));
    } else if (entry.isFile() && MANIFEST_FILE.test(entry.name)) found.push(path);
  }
  return found;
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/**
 * The files named on the command line, each read whole: a folder gives its manifests, `-` the
 * standard input (as "<stdin>"). Bytes are decoded as the app decodes a dropped file (a BOM,
 * UTF-16, invalid UTF-8 replaced). A file named twice is read once.
 */
export async function readInputs(
  paths: readonly string[],
  readStdin: () => Promise<Uint8Array>,
): Promise<InputFile[]> {
  const files: InputFile[] = [];
  const seen = new Set<string>();
  const add = (path: string, bytes: Uint8Array) => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push({ path, text: decodeText(bytes).text });
  };
  for (const path of paths) {
    if (path === '-') {
      add('<stdin>', await readStdin());
      continue;
    }
    try {
      // Synchronous on purpose: nothing else runs meanwhile, and a hundred small files read
      // through the thread pool one after another took ~40 ms of round trips.
      const named = statSync(path).isDirectory() ? manifestsUnder(path) : [path];
      for (const file of named) if (!seen.has(file)) add(file, readFileSync(file));
    } catch (error) {
      throw new InputError(`${path}: ${reason(error)}`);
    }
  }
  return files;
}
