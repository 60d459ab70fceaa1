import type { ResourceId } from '../../domain/design/types';
import type { Severity } from '../../domain/validation/problem';
import { useChecked } from '../../store/checkedDesign';
import { selectResourceProblems } from '../../store/selectors';

/** The worst problem severity on a resource and how many there are, for its badge. */
export function useProblemSummary(
  id: ResourceId,
): { severity: Severity; count: number } | undefined {
  const problems = useChecked((state) => selectResourceProblems(state, id));
  let count = 0;
  let severity: Severity | undefined;
  for (const p of problems) {
    if (p.severity === 'info') continue;
    count++;
    if (severity !== 'error') severity = p.severity;
  }
  return severity ? { severity, count } : undefined;
}
