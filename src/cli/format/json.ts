import type { Finding } from '../finding';
import { summarize } from './summary';

/** The version of the JSON shape (not of the tool): raised only when a field changes meaning. */
const JSON_FORMAT_VERSION = 1;

/** `--format json`: {version, files, problems, summary}, documented in the README. */
export function formatJson(findings: readonly Finding[], files: readonly string[]): string {
  const problems = findings.map((f) => ({
    file: f.file,
    line: f.line,
    column: f.column,
    severity: f.severity,
    rule: f.rule,
    resource: f.resource,
    message: f.message,
  }));
  const report = {
    version: JSON_FORMAT_VERSION,
    files,
    problems,
    summary: summarize(findings, files.length),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
