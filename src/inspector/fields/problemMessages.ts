import { detailOf, type Problem, type Severity } from '../../domain/validation/problem';
import { problemsAt } from '../../store/problemPaths';

/**
 * The errors exactly at `path`, worded for the control they are shown under (which they mark
 * invalid). Warnings and notes are not the control's fault; sections show them at their top.
 */
export function messagesAt(problems: readonly Problem[], path: string): string[] {
  return problemsAt(problems, path)
    .filter((problem) => problem.severity === 'error')
    .map(detailOf);
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The most severe of some problems, for the colour of a section's mark. */
export function worstSeverity(problems: readonly Problem[]): Severity | undefined {
  return problems.reduce<Severity | undefined>(
    (worst, problem) =>
      worst === undefined || RANK[problem.severity] < RANK[worst] ? problem.severity : worst,
    undefined,
  );
}
