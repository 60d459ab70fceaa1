import { useMemo, type JSX } from 'react';
import type { ResourceId } from '../domain/design/types';
import { QuotedText } from '../ui/QuotedText';
import { useChecked } from '../store/checkedDesign';
import { selectResourceProblems } from '../store/selectors';

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/**
 * The problems list's entries for one resource, at the top of its form. Not marked with the
 * problems panel's test ids: this is a second view of the same derived list, not another list.
 */
export function ResourceProblems({
  id,
  omitRule,
}: {
  id: ResourceId;
  /** A rule another section of the form already shows (a workload's pending warning). */
  omitRule?: string;
}): JSX.Element | null {
  const own = useChecked((state) => selectResourceProblems(state, id));
  const problems = useMemo(
    () => own.filter((problem) => problem.rule !== omitRule),
    [own, omitRule],
  );
  if (problems.length === 0) return null;
  return (
    <ul className="insp-problems" aria-label="Problems with this resource">
      {problems.map((problem, index) => (
        <li
          className={`insp-problem insp-problem--${problem.severity}`}
          key={`${problem.rule}:${problem.path}:${index}`}
          title={problem.message}
        >
          <span className="insp-problem-severity">{SEVERITY_LABEL[problem.severity]}</span>
          <span>
            <QuotedText text={problem.message} />
          </span>
        </li>
      ))}
    </ul>
  );
}
