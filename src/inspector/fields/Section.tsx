import type { JSX, ReactNode } from 'react';

interface SectionProps {
  title: string;
  /** How many rows the section holds, shown beside the title while it is collapsed. */
  count?: number;
  children: ReactNode;
}

/** A collapsible group of fields, open by default. */
export function Section({ title, count, children }: SectionProps): JSX.Element {
  return (
    <details className="insp-section" open>
      <summary className="insp-section-title">
        {title}
        {count !== undefined ? <span className="insp-count">{count}</span> : null}
      </summary>
      <div className="insp-section-body">{children}</div>
    </details>
  );
}
