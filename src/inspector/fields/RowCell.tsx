import type { JSX, ReactNode } from 'react';
import { LabelLine } from './LabelLine';
import type { LearnId } from '../../domain/learn/learnEntries';

interface RowCellProps {
  /** The id of the control the label names. */
  htmlFor: string;
  label: string;
  /**
   * The row in words, e.g. "requirement 2". Screen readers hear it after the label ("Key of
   * requirement 2"), so every row's controls have their own names; sighted users see which row it is.
   */
  row: string;
  optional?: boolean;
  /** The learn entry explaining the cell's field (domain/learn), shown after the label. */
  learn?: LearnId;
  className?: string;
  children: ReactNode;
}

/** One labelled cell of a row in a RowList grid. */
export function RowCell({
  htmlFor,
  label,
  row,
  optional = false,
  learn,
  className = 'insp-cell',
  children,
}: RowCellProps): JSX.Element {
  const labelElement = (
    <label className="insp-label" htmlFor={htmlFor}>
      {label}
      <span className="visually-hidden"> of {row}</span>
      {optional ? <span className="insp-optional"> optional</span> : null}
    </label>
  );
  return (
    <div className={className}>
      <LabelLine learn={learn}>{labelElement}</LabelLine>
      {children}
    </div>
  );
}
