import { InputError, UsageError } from './cliErrors';
import { EXIT, type CliIo, type ExitCode } from './io';
import { MAIN_HELP } from './usage';

type Command = (args: readonly string[], io: CliIo) => Promise<ExitCode>;

/**
 * Each command is loaded when it runs: `--version` and `--help` answer from this small module
 * without Node parsing the engine, the CRD schemas and the instance catalog.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: () => import('./check/checkCommand').then((m) => m.checkCommand),
  convert: () => import('./convertCommand').then((m) => m.convertCommand),
  simulate: () => import('./simulateCommand').then((m) => m.simulateCommand),
};

/** node:util's parseArgs errors carry a code such as ERR_PARSE_ARGS_UNKNOWN_OPTION. */
function isParseArgsError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/** The command line, run: what goes to stdout and stderr, and the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    io.stdout(`${io.version}\n`);
    return EXIT.clean;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const load =
      first === 'help' && rest[0] && Object.hasOwn(COMMANDS, rest[0])
        ? COMMANDS[rest[0]]
        : undefined;
    if (load) return (await load())(['--help'], io);
    io.stdout(MAIN_HELP);
    return EXIT.clean;
  }
  const load =
    first === undefined ? undefined : Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!load) {
    io.stderr(
      `${first === undefined ? 'nodepool-designer: no command given' : `nodepool-designer: unknown command "${first}"`}\n\n${MAIN_HELP}`,
    );
    return EXIT.usage;
  }
  try {
    return await (
      await load()
    )(rest, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(
        `nodepool-designer ${first}: ${error.message}\nRun nodepool-designer ${first} --help for usage.\n`,
      );
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.stderr(`nodepool-designer ${first}: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
