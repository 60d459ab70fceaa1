/**
 * The two ways a run ends in exit 2 rather than a finding, in a module of their own so the
 * dispatcher recognises them without loading any command.
 */

/** A mistake on the command line: exit 2, with the reason and where to read more. */
export class UsageError extends Error {}

/** Input the CLI cannot read at all (a path that does not exist): exit 2, with the reason. */
export class InputError extends Error {}
