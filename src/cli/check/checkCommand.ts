import { parseArgs } from 'node:util';
import { formatOption } from '../formatOption';
import { UsageError } from '../cliErrors';
import { EXIT, type CliIo, type ExitCode } from '../io';
import { nodeCatalog } from '../nodeCatalog';
import { readInputs } from '../readInputs';
import { CHECK_HELP } from '../usage';
import { formatGithub } from '../format/github';
import { formatHuman } from '../format/human';
import { formatJson } from '../format/json';
import { formatSarif } from '../format/sarif';
import { checkFiles } from './checkFiles';

const FORMATS = ['human', 'json', 'sarif', 'github'] as const;

/** `nodepool-designer check`: reads, checks, prints in the chosen format, says how it went. */
export async function checkCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'human' },
      strict: { type: 'boolean', default: false },
      ignore: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return EXIT.clean;
  }
  const format = formatOption(values.format, FORMATS);
  if (positionals.length === 0)
    throw new UsageError('check needs files, folders or - (standard input) to read');
  const files = await readInputs(positionals, io.readStdin);
  const { findings } = checkFiles(files, nodeCatalog(), new Set(values.ignore));
  const paths = files.map((f) => f.path);
  io.stdout(
    format === 'json'
      ? formatJson(findings, paths)
      : format === 'sarif'
        ? formatSarif(findings, io.version)
        : format === 'github'
          ? formatGithub(findings)
          : formatHuman(findings, paths.length, io.color),
  );
  const failing = findings.some(
    (f) => f.severity === 'error' || (values.strict && f.severity === 'warning'),
  );
  return failing ? EXIT.findings : EXIT.clean;
}
