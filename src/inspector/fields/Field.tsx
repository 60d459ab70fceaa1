import { useId, type JSX, type ReactNode } from 'react';

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  label: string;
  /** Shown at the control and linked to it, so a screen reader reads it with the field. */
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A label above one control, with its error and hint below it. */
export function Field({ label, error, hint, className, children }: FieldProps): JSX.Element {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ');
  const control: ControlProps = { id };
  if (describedBy) control['aria-describedby'] = describedBy;
  if (error) control['aria-invalid'] = true;
  return (
    <div className={className ? `insp-field ${className}` : 'insp-field'}>
      <label className="insp-label" htmlFor={id}>
        {label}
      </label>
      {children(control)}
      {error ? (
        <p className="insp-error" id={errorId}>
          {error}
        </p>
      ) : null}
      {hint ? (
        <p className="insp-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
