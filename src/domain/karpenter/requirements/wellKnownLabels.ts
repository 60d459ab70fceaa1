/**
 * The label keys Karpenter v1.14.1 (core + AWS provider) treats as well-known, restricted or
 * deprecated, as the scheduler sees them (spec 1.3 and 1.8). Not the editor's hints: those are
 * `karpenter/facts/wellKnownLabels.ts`.
 */

/**
 * core `pkg/apis/v1/labels.go :: WellKnownLabels` plus what aws `pkg/apis/v1/labels.go :: init`
 * inserts. Pods may select these; a pool may leave them undefined. The order (core first, then
 * AWS, as the spec lists them) is the order the "typo of" hint searches, where Go's map order
 * is random.
 */
export const WELL_KNOWN_LABEL_KEYS: ReadonlySet<string> = new Set([
  'karpenter.sh/nodepool',
  'karpenter.sh/capacity-type',
  'topology.kubernetes.io/zone',
  'topology.kubernetes.io/region',
  'node.kubernetes.io/instance-type',
  'kubernetes.io/arch',
  'kubernetes.io/os',
  'node.kubernetes.io/windows-build',
  'topology.k8s.aws/zone-id',
  'karpenter.k8s.aws/capacity-reservation-id',
  'karpenter.k8s.aws/capacity-reservation-type',
  'karpenter.k8s.aws/capacity-reservation-interruptible',
  'karpenter.k8s.aws/instance-hypervisor',
  'karpenter.k8s.aws/instance-encryption-in-transit-supported',
  'karpenter.k8s.aws/instance-category',
  'karpenter.k8s.aws/instance-capability-flex',
  'karpenter.k8s.aws/instance-family',
  'karpenter.k8s.aws/instance-generation',
  'karpenter.k8s.aws/instance-size',
  'karpenter.k8s.aws/instance-local-nvme',
  'karpenter.k8s.aws/instance-cpu',
  'karpenter.k8s.aws/instance-cpu-manufacturer',
  'karpenter.k8s.aws/instance-cpu-sustained-clock-speed-mhz',
  'karpenter.k8s.aws/instance-memory',
  'karpenter.k8s.aws/instance-ebs-bandwidth',
  'karpenter.k8s.aws/instance-network-bandwidth',
  'karpenter.k8s.aws/instance-gpu-name',
  'karpenter.k8s.aws/instance-gpu-manufacturer',
  'karpenter.k8s.aws/instance-gpu-count',
  'karpenter.k8s.aws/instance-gpu-memory',
  'karpenter.k8s.aws/instance-accelerator-name',
  'karpenter.k8s.aws/instance-accelerator-manufacturer',
  'karpenter.k8s.aws/instance-accelerator-count',
  'karpenter.k8s.aws/instance-tenancy',
  'karpenter.k8s.aws/placement-group-id',
  'karpenter.k8s.aws/placement-group-partition',
]);

/** core `RestrictedLabelDomains` (karpenter.sh) plus the AWS provider's karpenter.k8s.aws. */
const RESTRICTED_LABEL_DOMAINS = ['karpenter.sh', 'karpenter.k8s.aws'];

/** core `RestrictedLabels`: the placeholder hostname Karpenter gives every simulated NodeClaim. */
const RESTRICTED_LABELS: ReadonlySet<string> = new Set(['kubernetes.io/hostname']);

/** core `NormalizedLabels`: deprecated keys a requirement is rewritten to (spec 1.3). */
const NORMALIZED_LABELS: ReadonlyMap<string, string> = new Map([
  ['failure-domain.beta.kubernetes.io/zone', 'topology.kubernetes.io/zone'],
  ['failure-domain.beta.kubernetes.io/region', 'topology.kubernetes.io/region'],
  ['beta.kubernetes.io/arch', 'kubernetes.io/arch'],
  ['beta.kubernetes.io/os', 'kubernetes.io/os'],
  ['beta.kubernetes.io/instance-type', 'node.kubernetes.io/instance-type'],
]);

/**
 * Keys that `isRestrictedLabel` rejects from reading the code, but that no upstream test
 * exercises: `karpenter.k8s.aws/ec2nodeclass` is on every node (a template label) yet not in
 * `WellKnownLabels`, so a pod selecting it would be ignored (spec 1.8, 7). Say "uncertain".
 */
const UNCERTAIN_RESTRICTED_LABELS: ReadonlySet<string> = new Set([
  'karpenter.k8s.aws/ec2nodeclass',
]);

export function normalizeLabelKey(key: string): string {
  return NORMALIZED_LABELS.get(key) ?? key;
}

/** core `GetLabelDomain`: the part before the first "/", or "" when there is none. */
function labelDomain(key: string): string {
  const slash = key.indexOf('/');
  return slash === -1 ? '' : key.slice(0, slash);
}

/**
 * core `pkg/apis/v1/labels.go :: IsRestrictedLabel`: a key a pod may not select (the pod is
 * ignored, spec 1.1) and a NodePool may not name. Well-known keys never are.
 */
export function isRestrictedLabel(key: string): boolean {
  if (WELL_KNOWN_LABEL_KEYS.has(key)) return false;
  const domain = labelDomain(key);
  const inRestrictedDomain = RESTRICTED_LABEL_DOMAINS.some(
    (restricted) => domain === restricted || domain.endsWith(`.${restricted}`),
  );
  return inRestrictedDomain || RESTRICTED_LABELS.has(key);
}

/** True when `isRestrictedLabel(key)` is a reading of the code no test confirms (spec 7). */
export function isRestrictionUncertain(key: string): boolean {
  return UNCERTAIN_RESTRICTED_LABELS.has(key);
}
