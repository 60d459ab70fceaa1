import { memo } from 'react';
import { runCommand } from '../commands/run';
import { showProblem } from '../commands/showProblem';
import { resourceName } from '../domain/design/resources';
import type { Resource } from '../domain/design/types';
import type { Problem } from '../domain/validation/problem';
import { QuotedText } from '../ui/QuotedText';

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

interface ProblemRowProps {
  problem: Problem;
  resource: Resource | undefined;
}

/**
 * Validation makes new problem objects on every edit; a row whose words did not change is not
 * rendered again. With 900 warnings at 1,000 resources, re-rendering every row took most of a
 * keystroke's React work.
 */
function sameRow(before: ProblemRowProps, after: ProblemRowProps): boolean {
  const a = before.problem;
  const b = after.problem;
  return (
    a === b ||
    (a.message === b.message &&
      a.severity === b.severity &&
      a.path === b.path &&
      a.rule === b.rule &&
      a.detail === b.detail &&
      a.resourceId === b.resourceId &&
      before.resource === after.resource)
  );
}

/** Clicking a problem selects its resource, centres it on the canvas and reveals its YAML. */
export const ProblemRow = memo(function ProblemRow({ problem, resource }: ProblemRowProps) {
  return (
    <li className="problems__row">
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
}, sameRow);
