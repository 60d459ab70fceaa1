import type { Command, Shortcut } from './command';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function matches(shortcut: Shortcut, press: KeyPress, isMac: boolean): boolean {
  const mod = isMac ? press.metaKey : press.ctrlKey;
  if (Boolean(shortcut.mod) !== mod || Boolean(shortcut.shift) !== press.shiftKey || press.altKey)
    return false;
  return press.key.toLowerCase() === shortcut.key.toLowerCase();
}

export function commandFor(
  commands: readonly Command[],
  press: KeyPress,
  isMac: boolean,
): Command | undefined {
  return commands.find((c) => c.shortcuts?.some((s) => matches(s, press, isMac)));
}

export function shortcutLabel(shortcut: Shortcut, isMac: boolean): string {
  const parts: string[] = [];
  if (shortcut.mod) parts.push(isMac ? '⌘' : 'Ctrl');
  if (shortcut.shift) parts.push(isMac ? '⇧' : 'Shift');
  parts.push(shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key);
  return parts.join(isMac ? '' : '+');
}
