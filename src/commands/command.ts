/** A key chord; `mod` is Ctrl on Linux and Windows, Cmd on macOS. */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
}

/**
 * One user action. Toolbar buttons, menus and keyboard shortcuts all run the same command, so
 * they cannot drift apart, and each run is one undo step.
 */
export interface Command {
  id: string;
  label: string;
  shortcuts?: readonly Shortcut[];
  run: () => void | Promise<void>;
  isEnabled?: () => boolean;
}
