import { useMemo } from 'react';
import { ownValue } from '../domain/lib/ownValue';
import { plural } from '../domain/lib/plural';
import { useChecked } from '../store/checkedDesign';
import { useDesignStore } from '../store/designStore';
import { selectChecking, selectProblems } from '../store/selectors';
import { ProblemRow } from './ProblemRow';
import './problems.css';

/** The design's problems, errors first (ProblemRow: what a click on one does). */
export function ProblemsList() {
  const problems = useChecked(selectProblems);
  const checking = useChecked(selectChecking);
  const resources = useDesignStore((s) => s.design.resources);
  const counts = useMemo(() => {
    const c = { error: 0, warning: 0, info: 0 };
    for (const p of problems) c[p.severity]++;
    return c;
  }, [problems]);

  return (
    <section className="problems" data-testid="problems" aria-label="Problems">
      <header className="problems__header">
        {checking ? (
          <span className="problems__count" data-testid="problems-checking">
            Checking the design…
          </span>
        ) : (
          <>
            <span className="problems__count problems__count--error">
              {plural(counts.error, 'error')}
            </span>
            <span className="problems__count problems__count--warning">
              {plural(counts.warning, 'warning')}
            </span>
            {counts.info > 0 && <span className="problems__count">{counts.info} info</span>}
          </>
        )}
      </header>
      {checking ? null : problems.length === 0 ? (
        <p className="problems__empty">
          No problems: every resource is complete and every reference resolves.
        </p>
      ) : (
        <ul className="problems__list">
          {problems.map((problem) => (
            <ProblemRow
              key={`${problem.rule}:${problem.resourceId}:${problem.path}`}
              problem={problem}
              resource={ownValue(resources, problem.resourceId)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
