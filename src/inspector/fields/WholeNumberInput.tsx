import type { InputHTMLAttributes, JSX } from 'react';
import { formatWholeNumber, parseWholeNumber } from '../../domain/lib/wholeNumber';
import { DraftInput } from './DraftInput';

type NativeProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue' | 'onChange' | 'type'
>;

interface WholeNumberInputProps extends NativeProps {
  value: number | undefined;
  /** Undefined when the text is cleared: the field is optional. */
  onValue: (value: number | undefined) => void;
}

/**
 * An optional whole number. A text input with a numeric keyboard rather than `type="number"`,
 * whose value reads as empty while half-typed; keys that cannot make a number are ignored.
 */
export function WholeNumberInput({
  value,
  onValue,
  ...native
}: WholeNumberInputProps): JSX.Element {
  return (
    <DraftInput
      {...native}
      inputMode="numeric"
      value={formatWholeNumber(value)}
      normalize={(text) => {
        const parsed = parseWholeNumber(text);
        return parsed.ok ? formatWholeNumber(parsed.value) : text;
      }}
      onText={(text) => {
        const parsed = parseWholeNumber(text);
        if (parsed.ok) onValue(parsed.value);
      }}
    />
  );
}
