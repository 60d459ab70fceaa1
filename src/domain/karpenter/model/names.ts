/**
 * Kubernetes object names. NodePool and EC2NodeClass are cluster-scoped CRDs whose names are
 * DNS-1123 subdomains (apimachinery's IsDNS1123Subdomain): at most 253 characters of
 * lowercase alphanumerics, '-' and '.', starting and ending with an alphanumeric.
 */
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const MAX_SUBDOMAIN_LENGTH = 253;

/** Why a name is not a valid object name, or undefined when it is. */
export function nameProblem(name: string): string | undefined {
  if (name.length === 0) return 'a name is required';
  if (name.length > MAX_SUBDOMAIN_LENGTH)
    return `must be at most ${MAX_SUBDOMAIN_LENGTH} characters`;
  if (!DNS1123_SUBDOMAIN.test(name)) {
    return "must be lowercase letters, digits, '-' or '.', and start and end with a letter or digit";
  }
  return undefined;
}

export function isValidName(name: string): boolean {
  return nameProblem(name) === undefined;
}

/** The first `<prefix>-<n>` (n = 1, 2, ...) not in `taken`. */
export function uniqueName(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const candidate = `${prefix}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
