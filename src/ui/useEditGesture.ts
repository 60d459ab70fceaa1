import type { FocusEvent, FormEvent, KeyboardEvent } from 'react';
import { useDesignStore } from '../store/designStore';

/**
 * Typing is one undo step per field, as an editor groups it: a panel's text fields (and code
 * editors) begin a gesture at the first change and end it when they lose focus or, where
 * `endOnEnter`, when Enter commits. Checkboxes, selects and buttons stay one step per change.
 * Spread the handlers on the element that holds the panel's fields.
 */
export function useEditGesture({ endOnEnter }: { endOnEnter: boolean }): {
  onInputCapture: (event: FormEvent) => void;
  onBlur: (event: FocusEvent) => void;
  onKeyDown: (event: KeyboardEvent) => void;
} {
  const { beginGesture, endGesture } = useDesignStore.getState();
  return {
    onInputCapture: (event) => {
      if (isTextEntry(event.target)) beginGesture();
    },
    onBlur: () => endGesture(),
    onKeyDown: (event) => {
      if (endOnEnter && event.key === 'Enter') endGesture();
    },
  };
}

/** Where keys type text: a text-like input, a textarea, or a code editor (Monaco's textarea). */
function isTextEntry(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement || target.isContentEditable) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

const TEXT_INPUTS = new Set(['text', 'number', 'search', 'url', 'email', 'tel', 'password']);
