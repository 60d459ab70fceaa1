import { useState, type JSX, type ReactNode } from 'react';
import type { Problem } from '../../domain/validation/problem';
import { LearnHint } from './LearnHint';
import { worstSeverity } from './problemMessages';
import type { LearnId } from '../../domain/learn/learnEntries';

interface SectionProps {
  title: string;
  /** How many rows or settings the section holds; shown beside the title when there are any. */
  count?: number;
  /** Starts closed: advanced settings, so the common fields stay on top. */
  collapsed?: boolean;
  /** Problems inside, marked on the title so a closed section still says it needs a look. */
  problems?: readonly Problem[];
  /** Renders the body only once the section has been opened (a heavy body: a code editor). */
  lazy?: boolean;
  /** The learn entry explaining what the section edits, shown as an ⓘ after the title. */
  learn?: LearnId;
  /** The manifest path the section edits, so a reveal (a problem, a placement reason) finds it. */
  path?: string;
  children: ReactNode;
}

/** A collapsible group of fields, open unless `collapsed`. */
export function Section({
  title,
  count,
  collapsed = false,
  problems = [],
  lazy = false,
  learn,
  path,
  children,
}: SectionProps): JSX.Element {
  const severity = worstSeverity(problems);
  const [open, setOpen] = useState(!collapsed);
  const [opened, setOpened] = useState(!collapsed);
  return (
    <details
      className="insp-section"
      data-path={path}
      open={open}
      onToggle={(event) => {
        const now = event.currentTarget.open;
        setOpen(now);
        if (now) setOpened(true);
      }}
    >
      <summary className="insp-section-title">
        {title}
        {learn ? <LearnHint learn={learn} /> : null}
        {count !== undefined && count > 0 ? <span className="insp-count">{count}</span> : null}
        {severity ? (
          <span className={`insp-count insp-count--${severity}`}>
            <span aria-hidden="true">! </span>
            {problems.length}
            <span className="visually-hidden">
              {' '}
              {problems.length === 1 ? 'problem' : 'problems'}
            </span>
          </span>
        ) : null}
      </summary>
      <div className="insp-section-body">{!lazy || opened ? children : null}</div>
    </details>
  );
}
