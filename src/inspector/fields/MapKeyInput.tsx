import { useState, type InputHTMLAttributes, type JSX } from 'react';

type NativeProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue' | 'onChange'
>;

interface MapKeyInputProps extends NativeProps {
  /** The entry's key in the store. */
  value: string;
  /** True when another entry already has this key. */
  isTaken: (key: string) => boolean;
  onRename: (key: string) => void;
  /** Told whether the text being typed collides, so the row can say so. */
  onDuplicateChange: (duplicate: boolean) => void;
}

/**
 * The key of a map entry. Renaming onto another entry's key would merge the two rows, so that
 * text is held here (and flagged) without reaching the store; leaving the field drops it and
 * shows the stored key again.
 */
export function MapKeyInput({
  value,
  isTaken,
  onRename,
  onDuplicateChange,
  onBlur,
  ...native
}: MapKeyInputProps): JSX.Element {
  const [draft, setDraft] = useState<string | null>(null);
  const duplicate = draft !== null && draft !== value && isTaken(draft);
  return (
    <input
      type="text"
      autoComplete="off"
      spellCheck={false}
      {...native}
      value={draft !== null && (draft === value || duplicate) ? draft : value}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        const collides = text !== value && isTaken(text);
        onDuplicateChange(collides);
        if (!collides) onRename(text);
      }}
      onBlur={(event) => {
        setDraft(null);
        onDuplicateChange(false);
        onBlur?.(event);
      }}
    />
  );
}
