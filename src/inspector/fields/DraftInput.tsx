import { useState, type InputHTMLAttributes, type JSX } from 'react';
import { TextInput } from './TextInput';

type NativeProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue' | 'onChange'
>;

export interface DraftInputProps extends NativeProps {
  /** The stored value, as text. */
  value: string;
  /** The stored text a typed text stands for, e.g. `"a, b,"` stands for `"a, b"`. */
  normalize: (text: string) => string;
  onText: (text: string) => void;
}

/**
 * An input bound to the store that keeps the text as typed while it stands for the stored value,
 * so a trailing comma or a leading zero does not vanish under the cursor. When the store changes
 * for another reason (undo, another panel) the stored value shows again.
 */
export function DraftInput({
  value,
  normalize,
  onText,
  onBlur,
  ...native
}: DraftInputProps): JSX.Element {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft !== null && normalize(draft) === value ? draft : value;
  return (
    <TextInput
      {...native}
      value={shown}
      onChange={(event) => {
        setDraft(event.target.value);
        onText(event.target.value);
      }}
      onBlur={(event) => {
        setDraft(null);
        onBlur?.(event);
      }}
    />
  );
}
