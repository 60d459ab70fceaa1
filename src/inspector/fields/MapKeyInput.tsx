import type { JSX } from 'react';
import { DraftInput, type DraftInputProps } from './DraftInput';

interface MapKeyInputProps extends Omit<DraftInputProps, 'normalize' | 'onText'> {
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
  const collides = (text: string) => text !== value && isTaken(text);
  return (
    <DraftInput
      {...native}
      value={value}
      // A colliding key never reaches the store, so while it is typed the entry keeps its key.
      normalize={(text) => (collides(text) ? value : text)}
      onText={(text) => {
        const duplicate = collides(text);
        onDuplicateChange(duplicate);
        if (!duplicate) onRename(text);
      }}
      onBlur={(event) => {
        onDuplicateChange(false);
        onBlur?.(event);
      }}
    />
  );
}
