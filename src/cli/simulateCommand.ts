import { parseArgs } from 'node:util';
import { formatOption } from './formatOption';
import { UsageError } from './cliErrors';
import { EXIT, type CliIo, type ExitCode } from './io';
import { nodeCatalog } from './nodeCatalog';
import { readInputs } from './readInputs';
import { simulateFiles } from './simulateFiles';
import { SIMULATE_HELP } from './usage';

const FORMATS = ['human', 'json'] as const;

/** `nodepool-designer simulate`: where each workload's pods land, and whether any would wait. */
export async function simulateCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'human' },
      'allow-pending': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(SIMULATE_HELP);
    return EXIT.clean;
  }
  const format = formatOption(values.format, FORMATS);
  if (positionals.length === 0)
    throw new UsageError('simulate needs files, folders or - (standard input) to read');
  const files = await readInputs(positionals, io.readStdin);
  const { output, pending, errors } = simulateFiles(files, nodeCatalog(), {
    format,
    color: io.color,
  });
  io.stdout(output);
  // A file that could not be read leaves the plan without what it holds: a failure, as in check.
  if (errors > 0) return EXIT.findings;
  return pending > 0 && !values['allow-pending'] ? EXIT.findings : EXIT.clean;
}
