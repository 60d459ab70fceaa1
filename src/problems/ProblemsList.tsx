import { useMemo } from 'react';
import { runCommand } from '../commands/run';
import { showProblem } from '../commands/showProblem';
import { resourceName } from '../domain/design/resources';
import { ownValue } from '../domain/lib/ownValue';
import { plural } from '../domain/lib/plural';
import { QuotedText } from '../ui/QuotedText';
import { useDesignStore } from '../store/designStore';
import { selectChecking, selectProblems } from '../store/selectors';
import './problems.css';

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/** Clicking a problem selects its resource, centres it on the canvas and reveals its YAML. */
export function ProblemsList() {
  const problems = useDesignStore(selectProblems);
  const checking = useDesignStore(selectChecking);
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
          {problems.map((problem) => {
            const resource = ownValue(resources, problem.resourceId);
            return (
              <li key={`${problem.rule}:${problem.resourceId}:${problem.path}`}>
                <button
                  type="button"
                  className={`problem problem--${problem.severity}`}
                  data-testid="problem"
                  data-severity={problem.severity}
                  onClick={() => runCommand(showProblem, problem, 'panel')}
                  title={problem.message}
                >
                  <span className="problem__severity">{SEVERITY_LABEL[problem.severity]}</span>
                  <span className="problem__message">
                    <QuotedText text={problem.message} />
                  </span>
                  <span className="problem__where">
                    {resource && (
                      <>
                        {resource.kind} <bdi className="quoted-name">{resourceName(resource)}</bdi>
                      </>
                    )}{' '}
                    · {problem.path}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
