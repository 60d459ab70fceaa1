import type { JSX, ReactNode } from 'react';
import { Field } from './Field';
import type { LearnId } from '../../domain/learn/learnEntries';

interface OptionalSelectFieldProps {
  label: string;
  value: string | undefined;
  /** The values the CRD's enum allows, as written in the manifest. */
  choices: readonly string[];
  /** What leaving the field out means, e.g. "(default) enabled". */
  unsetLabel: string;
  onChange: (value: string | undefined) => void;
  error?: string | readonly string[] | undefined;
  hint?: ReactNode;
  /** The learn entry explaining the field (domain/learn). */
  learn?: LearnId;
}

/**
 * A select for an optional enumerated field. The first option leaves the field out; a value the
 * enum does not list (a newer Karpenter's, or a typo in an import) stays selectable as it is.
 */
export function OptionalSelectField({
  label,
  value,
  choices,
  unsetLabel,
  onChange,
  error,
  hint,
  learn,
}: OptionalSelectFieldProps): JSX.Element {
  const options = value === undefined || choices.includes(value) ? choices : [...choices, value];
  return (
    <Field label={label} error={error} hint={hint} learn={learn}>
      {(control) => (
        <select
          {...control}
          className="insp-input"
          value={value ?? ''}
          onChange={(event) => {
            const next = event.target.value;
            if (next !== (value ?? '')) onChange(next === '' ? undefined : next);
          }}
        >
          <option value="">{unsetLabel}</option>
          {options.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
