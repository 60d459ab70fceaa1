import type { JSX, ReactNode } from 'react';
import { Field } from './Field';
import type { LearnId } from '../../domain/learn/learnEntries';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (value: T) => void;
  error?: string | readonly string[] | undefined;
  hint?: ReactNode;
  /** The learn entry explaining the field (domain/learn). */
  learn?: LearnId;
}

/** A labelled select; the chosen value is looked up among the options, so it keeps its type. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  error,
  hint,
  learn,
}: SelectFieldProps<T>): JSX.Element {
  return (
    <Field label={label} error={error} hint={hint} learn={learn}>
      {(control) => (
        <select
          {...control}
          className="insp-input"
          value={value}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) onChange(chosen.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
