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

export function isUnder(problemPath: string, path: string): boolean {
  return (
    problemPath === path || problemPath.startsWith(`${path}.`) || problemPath.startsWith(`${path}[`)
  );
}

/** The problems exactly at `path`, from a list already narrowed to one resource. */
export function problemsAt(problems: readonly Problem[], path: string): Problem[] {
  return problems.filter((problem) => problem.path === path);
}

/**
 * A problem's message as shown under its field, where the resource and the path go without
 * saying: `EC2NodeClass "gpu": spec.kubelet.maxPods must be at least 0.` reads
 * `must be at least 0.` there. A message in another shape is shown whole.
 */
export function fieldMessage(problem: Problem): string {
  // Kinds are one word (NodePool) or, for MIG profiles, two ("MIG profile").
  const withoutResource = problem.message.replace(/^(?:MIG profile|[A-Za-z0-9]+) "[^"]*": /, '');
  const prefix = `${problem.path} `;
  return problem.path !== '' && withoutResource.startsWith(prefix)
    ? withoutResource.slice(prefix.length)
    : withoutResource;
}
