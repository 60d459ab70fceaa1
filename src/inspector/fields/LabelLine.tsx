import type { JSX, ReactNode } from 'react';
import { LearnHint } from './LearnHint';

/**
 * A field's <label>, with its ⓘ beside it when the field has a learn entry: beside, not inside,
 * so a click on the hint does not focus the control.
 */
export function LabelLine({
  learn,
  children,
}: {
  learn?: string | undefined;
  children: ReactNode;
}): JSX.Element {
  if (!learn) return <>{children}</>;
  return (
    <div className="insp-label-line">
      {children}
      <LearnHint learn={learn} />
    </div>
  );
}
