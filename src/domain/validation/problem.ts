import type { ResourceId } from '../design/types';

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  severity: Severity;
  resourceId: ResourceId;
  /** JSON path inside the resource's manifest, e.g. `spec.template.spec.nodeClassRef.name`. */
  path: string;
  message: string;
  /** Stable id of the rule that found it. */
  rule: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function bySeverity(a: Problem, b: Problem): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}
