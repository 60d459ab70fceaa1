import { useId, type JSX, type ReactNode } from 'react';
import { Field } from './Field';
import { Suggestions } from './Suggestions';
import type { LearnId } from '../../domain/learn/learnEntries';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | readonly string[] | undefined;
  hint?: ReactNode;
  /** The learn entry explaining the field (domain/learn). */
  learn?: LearnId;
  /** Values offered in a datalist. */
  suggestions?: readonly string[];
  testId?: string;
  /** Identifiers, durations and quantities read better in the monospace font. */
  mono?: boolean;
  /** An example value, shown while the field is empty. */
  placeholder?: string;
}

/** A labelled text input bound to the stored value: every keystroke is an edit. */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  learn,
  suggestions,
  testId,
  mono = false,
  placeholder,
}: TextFieldProps): JSX.Element {
  const listId = useId();
  return (
    <Field label={label} error={error} hint={hint} learn={learn}>
      {(control) => (
        <>
          <input
            {...control}
            className={mono ? 'insp-input insp-mono' : 'insp-input'}
            type="text"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            list={suggestions ? listId : undefined}
            data-testid={testId}
            autoComplete="off"
            spellCheck={false}
            placeholder={placeholder}
          />
          {suggestions ? <Suggestions id={listId} values={suggestions} /> : null}
        </>
      )}
    </Field>
  );
}
