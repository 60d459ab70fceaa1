import type { Finding } from '../finding';

const COMMAND: Record<Finding['severity'], string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

/** GitHub's workflow-command escaping: data, then properties (which also split on `:` and `,`). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `--format github`: one `::error file=…,line=…,col=…,title=RULE::message` a finding. */
export function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map(
      (f) =>
        `::${COMMAND[f.severity]} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(f.rule)}::${escapeData(f.message)}\n`,
    )
    .join('');
}
