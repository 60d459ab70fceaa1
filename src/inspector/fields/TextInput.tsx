import type { InputHTMLAttributes, JSX } from 'react';

/**
 * A text input for names, keys, values and lists that must be typed exactly: the browser's
 * autocomplete and spell check would only get in the way of `karpenter.sh/capacity-type`.
 */
export function TextInput(props: InputHTMLAttributes<HTMLInputElement>): JSX.Element {
  return <input type="text" autoComplete="off" spellCheck={false} {...props} />;
}
