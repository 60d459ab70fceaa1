import { UsageError } from './cliErrors';

/** The `--format` given, one of the formats a command prints, or a usage error naming them. */
export function formatOption<F extends string>(value: string, formats: readonly F[]): F {
  const found = formats.find((format) => format === value);
  if (found === undefined)
    throw new UsageError(`--format must be one of ${formats.join(', ')}, not "${value}"`);
  return found;
}
