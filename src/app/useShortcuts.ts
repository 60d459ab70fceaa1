import { useEffect } from 'react';
import { importText } from '../commands/importManifests';
import { COMMANDS } from '../commands/registry';
import { commandFor } from '../commands/shortcuts';

export const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/**
 * Keys typed into a text field or the code editor belong to it: Monaco handles its own
 * Backspace and Ctrl+Z, and a letter typed into a name must never delete a node.
 */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('.monaco-editor, [data-testid="yaml-panel"]')) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(
      type,
    );
  }
  return false;
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTyping(event.target)) return;
      const command = commandFor(COMMANDS, event, IS_MAC);
      if (!command) return;
      event.preventDefault();
      if (command.isEnabled && !command.isEnabled()) return;
      void command.run();
    };
    // Pasting YAML anywhere but a text field imports it, as dropping a file does.
    const onPaste = (event: ClipboardEvent) => {
      if (isTyping(event.target)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!/^\s*(apiVersion|kind|---|items)\b/m.test(text)) return;
      event.preventDefault();
      void importText(text);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('paste', onPaste);
    };
  }, []);
}
