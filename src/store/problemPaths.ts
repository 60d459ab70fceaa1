import type { ResourceId } from '../domain/design/types';
import type { Problem } from '../domain/validation/problem';

/**
 * The problems of one resource at a JSON path or inside it: `spec.kubelet` holds
 * `spec.kubelet.maxPods` and `spec.kubelet.evictionHard[memory.available]`, but not
 * `spec.kubeletX`.
 */
export function problemsUnder(
  problems: readonly Problem[],
  resourceId: ResourceId,
  path: string,
): Problem[] {
  return problems.filter(
    (problem) => problem.resourceId === resourceId && isUnder(problem.path, path),
  );
}

function isUnder(problemPath: string, path: string): boolean {
  return (
    problemPath === path || problemPath.startsWith(`${path}.`) || problemPath.startsWith(`${path}[`)
  );
}

/** The problems exactly at `path`, from a list already narrowed to one resource. */
export function problemsAt(problems: readonly Problem[], path: string): Problem[] {
  return problems.filter((problem) => problem.path === path);
}
