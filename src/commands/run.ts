import { browserPlatform } from '../platform/browserPlatform';
import type { Platform } from '../platform/platform';
import { readOnlyNotice, useDesignStore, type DesignState } from '../store/designStore';
import { selectEditable } from '../store/selectors';
import type { AnyCommand, Command, CommandSource, HistoryDepth } from './command';

/**
 * Whether a command can run now: the read-only rule of the shared view, said once here for
 * every command that edits the design, then the command's own condition.
 */
export function commandEnabled(
  command: AnyCommand,
  state: DesignState,
  history: HistoryDepth,
): boolean {
  if (command.editsDesign && !selectEditable(state)) return false;
  return command.isEnabled ? command.isEnabled(state, history) : true;
}

export type RunCommand = <Args, Result>(
  command: Command<Args, Result>,
  args: Args,
  source: CommandSource,
) => Result | undefined;

/**
 * The one path from a button, key, drop or field to a command, on `platform`. An edit in the
 * shared view is told why (the notice is throttled, so a drag or typing says it once); anything
 * else disabled does nothing, as its greyed-out button would. Gives the command's result (a
 * promise for the asynchronous ones), `undefined` when refused. Synchronous, so a keystroke's
 * edit lands before the next one.
 */
export function createRunner(platform: Platform): RunCommand {
  return (command, args, source) => {
    const state = useDesignStore.getState();
    if (command.editsDesign && !selectEditable(state)) {
      readOnlyNotice();
      return undefined;
    }
    if (!commandEnabled(command, state, useDesignStore.temporal.getState())) return undefined;
    return command.run({ platform, source }, args);
  };
}

export const runCommand: RunCommand = createRunner(browserPlatform);
