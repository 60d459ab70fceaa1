import type { Finding } from '../finding';

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
}

export function summarize(findings: readonly Finding[], files: number): Summary {
  const count = (severity: Finding['severity']) =>
    findings.filter((f) => f.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info'), files };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 errors, 1 warning in 3 files": the last line of the human report. */
export function summaryLine({ errors, warnings, files }: Summary): string {
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}`;
}
