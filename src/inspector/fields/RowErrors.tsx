import type { JSX } from 'react';

export interface RowError {
  /** The id the offending control names in its `aria-describedby`. */
  id: string;
  field: string;
  message: string | undefined;
}

/** A row's errors under the whole row, where a narrow grid cell would cramp them. */
export function RowErrors({ errors }: { errors: readonly RowError[] }): JSX.Element | null {
  const shown = errors.filter((error) => error.message !== undefined);
  if (shown.length === 0) return null;
  return (
    <div className="insp-row-errors">
      {shown.map((error) => (
        <p className="insp-error" id={error.id} key={error.id}>
          {error.field}: {error.message}
        </p>
      ))}
    </div>
  );
}

/** The attributes that tie a row's control to its entry in RowErrors. */
export function describedByError(
  id: string,
  message: string | undefined,
): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  return message === undefined ? {} : { 'aria-invalid': true, 'aria-describedby': id };
}
