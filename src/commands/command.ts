import type { Platform } from '../platform/platform';
import type { DesignState } from '../store/designStore';

/** A key chord; `mod` is Ctrl on Linux and Windows, Cmd on macOS. */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
}

/** Where a command was asked for; commands may word what they say after it. */
export type CommandSource =
  | 'toolbar'
  | 'key'
  | 'paste'
  | 'canvas'
  | 'palette'
  | 'inspector'
  | 'panel'
  | 'banner'
  | 'start-screen'
  | 'dialog'
  | 'notice'
  | 'page';

interface CommandContext {
  platform: Platform;
  source: CommandSource;
}

/** The undo history's depth, which undo and redo are enabled by. */
export interface HistoryDepth {
  pastStates: readonly unknown[];
  futureStates: readonly unknown[];
}

/**
 * One user action. Toolbar buttons, menus, the palette, the inspector and keyboard shortcuts
 * all run commands through `runCommand` (run.ts), so they cannot drift apart; each run is one
 * undo step. `args` serves actions that need them (which resource, which field); `Result` is
 * for the few callers that need an answer (did the design open).
 */
export interface Command<Args = void, Result = void> {
  id: string;
  label: string;
  /** A shorter word for the toolbar button; its title and the shortcut sheet keep the label. */
  short?: string;
  /**
   * What a toolbar button opens, said in its title; such buttons are named by their text
   * alone, while the others carry the label and shortcut as their accessible name.
   */
  description?: string;
  shortcuts?: readonly Shortcut[];
  /** Changes the design: refused while a shared design is shown read-only. */
  editsDesign: boolean;
  isEnabled?: (state: DesignState, history: HistoryDepth) => boolean;
  /** For toggles: the toolbar shows the button pressed. */
  isOn?: (state: DesignState) => boolean;
  /** For toggles whose button says what a press does next ("Hide YAML" once it is shown). */
  labelWhenOn?: string;
  run: (context: CommandContext, args: Args) => Result;
}

/** Any command, as the registry lists them. */
export type AnyCommand = Command<never, unknown>;
