import { useMemo } from 'react';
import type { ResourceId } from '../domain/design/types';
import type { Problem } from '../domain/validation/problem';
import { useChecked } from './checkedDesign';
import { problemsUnder } from './problemPaths';
import { selectResourceProblems } from './selectors';

/**
 * The problems list's entries for one resource at `pathPrefix` or inside it, for a form to show
 * at its fields: the list is the one source, so the inspector never judges a value twice.
 */
export function useFieldProblems(resourceId: ResourceId, pathPrefix: string): Problem[] {
  const own = useChecked((state) => selectResourceProblems(state, resourceId));
  return useMemo(() => problemsUnder(own, resourceId, pathPrefix), [own, resourceId, pathPrefix]);
}
