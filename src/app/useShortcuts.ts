import { useEffect } from 'react';
import { importText } from '../commands/importManifests';
import { PLAIN_COMMANDS } from '../commands/registry';
import { commandEnabled, runCommand } from '../commands/run';
import { commandFor } from '../commands/shortcuts';
import { IS_MAC } from '../platform/isMac';
import { useDesignStore } from '../store/designStore';

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
      const command = commandFor(PLAIN_COMMANDS, event, IS_MAC);
      if (!command) return;
      event.preventDefault();
      // A key of a disabled command does nothing, as its greyed-out button would; a shared
      // design's read-only notice is kept for what the user plainly tried to change (a paste).
      const state = useDesignStore.getState();
      if (!commandEnabled(command, state, useDesignStore.temporal.getState())) return;
      void runCommand(command, undefined, 'key');
    };
    // Pasting YAML anywhere but a text field imports it, as dropping a file does.
    const onPaste = (event: ClipboardEvent) => {
      if (isTyping(event.target)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!/^\s*(apiVersion|kind|---|items)\b/m.test(text)) return;
      event.preventDefault();
      void runCommand(importText, { text }, 'paste');
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('paste', onPaste);
    };
  }, []);
}
