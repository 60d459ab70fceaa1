import type { JSX } from 'react';
import type { Problem } from '../../domain/validation/problem';
import { problemsAt } from '../../store/problemPaths';

/**
 * The problems about a whole list or object (`spec.blockDeviceMappings`, `spec.kubelet`), at
 * the top of its section, each in its severity's colour. The field's name stays in front, since
 * no label sits above these.
 */
export function ProblemNotes({
  problems,
  path,
}: {
  problems: readonly Problem[];
  path: string;
}): JSX.Element | null {
  const shown = problemsAt(problems, path);
  if (shown.length === 0) return null;
  const name = path.slice(path.lastIndexOf('.') + 1);
  return (
    <>
      {shown.map((problem, index) => (
        <p className={`insp-${problem.severity}`} key={`${problem.rule}:${index}`}>
          {problem.detail === undefined ? problem.message : `${name} ${problem.detail}`}
        </p>
      ))}
    </>
  );
}
