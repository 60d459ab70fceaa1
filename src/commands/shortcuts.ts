import type { Command, Shortcut } from './command';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** The physical key, as `KeyboardEvent.code` gives it (`Digit2`). */
  code?: string;
}

function matches(shortcut: Shortcut, press: KeyPress, isMac: boolean): boolean {
  const mod = isMac ? press.metaKey : press.ctrlKey;
  if (Boolean(shortcut.mod) !== mod || Boolean(shortcut.shift) !== press.shiftKey || press.altKey)
    return false;
  if (press.key.toLowerCase() === shortcut.key.toLowerCase()) return true;
  // Shift+2 types `@`, `"` or `é` by layout: a digit chord is the key, as Figma reads Shift+2.
  return /^[0-9]$/.test(shortcut.key) && press.code === `Digit${shortcut.key}`;
}

/**
 * The command a key press asks for. A press two commands claim runs neither: guessing would
 * make a key do something the user did not mean (registry.test.ts proves there are none).
 */
export function commandFor<C extends Pick<Command, 'shortcuts'>>(
  commands: readonly C[],
  press: KeyPress,
  isMac: boolean,
): C | undefined {
  const found = commands.filter((c) => c.shortcuts?.some((s) => matches(s, press, isMac)));
  return found.length === 1 ? found[0] : undefined;
}

export function shortcutLabel(shortcut: Shortcut, isMac: boolean): string {
  const parts: string[] = [];
  if (shortcut.mod) parts.push(isMac ? '⌘' : 'Ctrl');
  if (shortcut.shift) parts.push(isMac ? '⇧' : 'Shift');
  parts.push(shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key);
  return parts.join(isMac ? '' : '+');
}
