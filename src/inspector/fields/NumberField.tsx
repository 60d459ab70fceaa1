import type { JSX, ReactNode } from 'react';
import { Field } from './Field';
import { WholeNumberInput } from './WholeNumberInput';
import type { LearnId } from '../../domain/learn/learnEntries';

interface NumberFieldProps {
  label: string;
  labelSuffix?: string;
  value: unknown;
  /** Undefined when the text is cleared: the field is left out. */
  onValue: (value: number | undefined) => void;
  error?: string | readonly string[] | undefined;
  hint?: ReactNode;
  placeholder?: string;
  /** The learn entry explaining the field (domain/learn). */
  learn?: LearnId;
  /** A short input, for a field alone on its line. */
  narrow?: boolean;
}

/** A labelled optional whole number: counts, percentages, seconds. */
export function NumberField({
  label,
  value,
  onValue,
  error,
  hint,
  placeholder,
  narrow = false,
  labelSuffix,
  learn,
}: NumberFieldProps): JSX.Element {
  return (
    <Field
      label={label}
      labelSuffix={labelSuffix}
      error={error}
      hint={hint}
      learn={learn}
      className={narrow ? 'insp-field--narrow' : undefined}
    >
      {(control) => (
        <WholeNumberInput
          {...control}
          className="insp-input insp-mono"
          value={typeof value === 'number' ? value : undefined}
          placeholder={placeholder}
          onValue={onValue}
        />
      )}
    </Field>
  );
}
