import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { InputError, UsageError } from './cliErrors';
import { convertFiles } from './convertFiles';
import { EXIT, type CliIo, type ExitCode } from './io';
import { readInputs } from './readInputs';
import { CONVERT_HELP } from './usage';

/**
 * `nodepool-designer convert`: like `prettier --check`, it fails (1) while any document needs
 * converting, so CI can hold older APIs out; `--write` rewrites the files in place instead.
 */
export async function convertCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      write: { type: 'boolean', short: 'w', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(CONVERT_HELP);
    return EXIT.clean;
  }
  if (positionals.length === 0)
    throw new UsageError('convert needs files, folders or - (standard input) to read');
  if (values.write && positionals.includes('-'))
    throw new UsageError('--write rewrites files in place and cannot rewrite standard input');
  const files = await readInputs(positionals, io.readStdin);
  const result = convertFiles(files, { color: io.color });
  for (const error of result.errors) io.stderr(`${error}\n`);
  if (!values.write) {
    io.stdout(result.output);
    if (result.errors.length > 0) return EXIT.usage;
    return result.findings > 0 ? EXIT.findings : EXIT.clean;
  }
  if (result.errors.length > 0) {
    // Files are converted together (a pool's kubelet moves to its class wherever that is
    // written), so a conversion that could not see every file is not written at all.
    io.stderr('Nothing was written: every file must be readable to convert them together.\n');
    return EXIT.usage;
  }
  for (const { path, text } of result.rewrites) {
    try {
      await writeFile(path, text);
    } catch (error) {
      throw new InputError(
        `${path}: could not be written: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  io.stdout(result.notes + result.rewrites.map(({ path }) => `rewrote ${path}\n`).join(''));
  return EXIT.clean;
}
