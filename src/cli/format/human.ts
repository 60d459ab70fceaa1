import type { Finding } from '../finding';
import { summarize, summaryLine } from './summary';

const STYLES = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1 } as const;
type Style = keyof typeof STYLES;

const SEVERITY_STYLE: Record<Finding['severity'], Style> = {
  error: 'red',
  warning: 'yellow',
  info: 'blue',
};

/** One line a finding, `file:line:column  severity  message  rule`, then the summary line. */
export function formatHuman(findings: readonly Finding[], files: number, color: boolean): string {
  const paint = (style: Style, text: string) =>
    color ? `\u001b[${STYLES[style]}m${text}\u001b[0m` : text;
  const lines = findings.map((f) => {
    const where = `${f.file}:${f.line}:${f.column}`;
    const severity = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(7));
    return `${paint('bold', where)}  ${severity}  ${f.message}  ${paint('dim', f.rule)}`;
  });
  const summary = summarize(findings, files);
  const last = summaryLine(summary);
  const styled = paint(summary.errors > 0 ? 'red' : summary.warnings > 0 ? 'yellow' : 'bold', last);
  return [...lines, ...(lines.length > 0 ? [''] : []), styled, ''].join('\n');
}
