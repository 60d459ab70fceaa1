import { useId, type JSX, type ReactNode } from 'react';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
}

interface RadioChoiceProps<T extends string> {
  legend: string;
  value: T;
  options: readonly RadioOption<T>[];
  onChange: (value: T) => void;
  hint?: ReactNode;
}

/** One of a few fields that exclude each other (role or instanceProfile), as radio buttons. */
export function RadioChoice<T extends string>({
  legend,
  value,
  options,
  onChange,
  hint,
}: RadioChoiceProps<T>): JSX.Element {
  const name = useId();
  return (
    <fieldset className="insp-fieldset" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend className="insp-label">{legend}</legend>
      <div className="insp-radios">
        {options.map((option) => (
          <label className="insp-check" key={option.value}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {hint ? (
        <p className="insp-hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
    </fieldset>
  );
}
