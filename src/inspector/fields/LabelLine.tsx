import type { JSX, ReactNode } from 'react';
import { LearnHint } from './LearnHint';
import type { LearnId } from '../../domain/learn/learnEntries';

/**
 * A field's <label>, with its ⓘ beside it when the field has a learn entry: beside, not inside,
 * so a click on the hint does not focus the control.
 */
export function LabelLine({
  learn,
  children,
}: {
  learn?: LearnId | undefined;
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
