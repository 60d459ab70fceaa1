import type { Severity } from '../domain/validation/problem';

/** One problem as the CLI reports it: where in which file, how bad, which rule, on what. */
export interface Finding {
  /** The path as the user gave it (or found under a folder they gave), "<stdin>" for `-`. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  severity: Severity;
  rule: string;
  /** The resource it is about; null for a finding about the file itself (a YAML error). */
  resource: { kind: string; name: string } | null;
  message: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Files in the order given, then by position, errors before warnings at one place. */
export function byPlace(fileOrder: readonly string[]): (a: Finding, b: Finding) => number {
  const rank = new Map(fileOrder.map((file, i) => [file, i]));
  return (a, b) =>
    (rank.get(a.file) ?? 0) - (rank.get(b.file) ?? 0) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message);
}
