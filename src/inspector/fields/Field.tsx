import { useId, type JSX, type ReactNode } from 'react';
import { LabelLine } from './LabelLine';
import type { LearnId } from '../../domain/learn/learnEntries';

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  label: string;
  /** Words screen readers hear after a short visible label, e.g. " timeout" after "UDP". */
  labelSuffix?: string;
  /**
   * Shown at the control and linked to it, so a screen reader reads it with the field: the
   * field's own check, or the problems list's messages at the field.
   */
  error?: string | readonly string[] | undefined;
  hint?: ReactNode;
  /** The learn entry explaining the field (domain/learn), shown as an ⓘ after the label. */
  learn?: LearnId;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A label above one control, with its error and hint below it. */
export function Field({
  label,
  labelSuffix,
  error,
  hint,
  learn,
  className,
  children,
}: FieldProps): JSX.Element {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const errors = error === undefined ? [] : typeof error === 'string' ? [error] : error;
  const invalid = errors.length > 0;
  const describedBy = [invalid ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ');
  const control: ControlProps = { id };
  if (describedBy) control['aria-describedby'] = describedBy;
  if (invalid) control['aria-invalid'] = true;
  const labelElement = (
    <label className="insp-label" htmlFor={id}>
      {label}
      {labelSuffix ? <span className="visually-hidden">{labelSuffix}</span> : null}
    </label>
  );
  return (
    <div className={className ? `insp-field ${className}` : 'insp-field'}>
      <LabelLine learn={learn}>{labelElement}</LabelLine>
      {children(control)}
      {invalid ? (
        <p className="insp-error" id={errorId}>
          {errors.join(' ')}
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
