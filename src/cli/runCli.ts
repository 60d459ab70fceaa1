import { checkCommand, UsageError } from './check/checkCommand';
import { EXIT, type CliIo, type ExitCode } from './io';
import { InputError } from './readInputs';
import { MAIN_HELP } from './usage';

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => Promise<ExitCode>> = {
  check: checkCommand,
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
    const command = first === 'help' && rest[0] ? COMMANDS[rest[0]] : undefined;
    if (command) return command(['--help'], io);
    io.stdout(MAIN_HELP);
    return EXIT.clean;
  }
  const command =
    first === undefined ? undefined : Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) {
    io.stderr(
      `${first === undefined ? 'nodepool-designer: no command given' : `nodepool-designer: unknown command "${first}"`}\n\n${MAIN_HELP}`,
    );
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
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
