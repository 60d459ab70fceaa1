import { useId, type JSX, type ReactNode } from 'react';

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
}

/** A checkbox with its label beside it, for a flag whose "off" is the same as leaving it out. */
export function CheckboxField({ label, checked, onChange, hint }: CheckboxFieldProps): JSX.Element {
  const id = useId();
  return (
    <div className="insp-field">
      <div className="insp-check">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? (
        <p className="insp-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
