/**
 * One manifest of the parity corpus: `breaks` lists the rule ids (schema checks or CEL rules) it
 * is built to break, empty for a manifest the API server must accept.
 */
export interface CorpusCase {
  name: string;
  manifest: unknown;
  breaks: readonly string[];
}

export function accepts(name: string, manifest: unknown): CorpusCase {
  return { name, manifest, breaks: [] };
}

export function breaks(
  rules: string | readonly string[],
  name: string,
  manifest: unknown,
): CorpusCase {
  return { name, manifest, breaks: typeof rules === 'string' ? [rules] : rules };
}
