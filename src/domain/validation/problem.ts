import type { ResourceId } from '../design/types';

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  severity: Severity;
  resourceId: ResourceId;
  /** JSON path inside the resource's manifest, e.g. `spec.template.spec.nodeClassRef.name`. */
  path: string;
  /** The whole sentence, naming the resource: what the problems list shows. */
  message: string;
  /**
   * The sentence as the field at `path` shows it, where the resource and the path go without
   * saying (`must be at most 100.` for `NodePool "gpu": spec.weight must be at most 100.`).
   * Absent when the message is already worded that way for the field too.
   */
  detail?: string;
  /** Stable id of the rule that found it. */
  rule: string;
}

/** What the field at the problem's path shows: its detail, else the whole message. */
export function detailOf(problem: Problem): string {
  return problem.detail ?? problem.message;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function bySeverity(a: Problem, b: Problem): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}
