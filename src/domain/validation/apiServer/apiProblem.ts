/**
 * What the API server would reject in one manifest: where (a JSON path such as
 * `spec.template.spec.requirements[0].values`, map keys in brackets), why, and which check found
 * it. `message` completes the path into a sentence (`spec.weight` + `must be at most 100`).
 */
export interface ApiProblem {
  path: string;
  message: string;
  /** A short id: a schema check (`pattern`, `required`, ...) or a CEL rule's id. */
  rule: string;
}

/** Appends a field name the way kubectl prints paths (`spec.template.spec`). */
export function fieldPath(parent: string, name: string): string {
  return parent === '' ? name : `${parent}.${name}`;
}

/** Appends a list index or a map key (`taints[0]`, `limits[nvidia.com/gpu]`). */
export function keyPath(parent: string, key: string | number): string {
  return `${parent}[${key}]`;
}

/** The problem as one sentence: `spec.weight must be at most 100.` */
export function problemSentence(problem: ApiProblem): string {
  return problem.path === '' ? problemDetail(problem) : `${problem.path} ${problemDetail(problem)}`;
}

/**
 * The sentence without its path, as the field at that path shows it: `must be at most 100.`
 * (capitalised when the problem is about the whole manifest).
 */
export function problemDetail(problem: ApiProblem): string {
  const text =
    problem.path === ''
      ? problem.message.charAt(0).toUpperCase() + problem.message.slice(1)
      : problem.message;
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** A value as messages quote it: strings in quotes, long JSON shortened. */
export function quote(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  const json: string | undefined = JSON.stringify(value);
  if (json === undefined) return `a ${typeof value}`;
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}
