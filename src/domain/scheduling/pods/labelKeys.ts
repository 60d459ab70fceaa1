/**
 * Label keys as Karpenter judges them on the pod side: deprecated aliases normalised, well-known
 * keys, restricted keys (core `pkg/apis/v1/labels.go` + aws `pkg/apis/v1/labels.go :: init`,
 * v1.14.1; spec 1.3 and 1.8).
 *
 * WELL_KNOWN_LABEL_KEYS is a local copy of spec 1.8's list until
 * `karpenter/requirements/wellKnownLabels.ts` (written in parallel) replaces it: the integrator
 * keeps one.
 */

/** `NormalizedLabels`: pod requirements on these keys are read as the stable key. */
const NORMALIZED_LABELS: Readonly<Record<string, string>> = {
  'failure-domain.beta.kubernetes.io/zone': 'topology.kubernetes.io/zone',
  'failure-domain.beta.kubernetes.io/region': 'topology.kubernetes.io/region',
  'beta.kubernetes.io/arch': 'kubernetes.io/arch',
  'beta.kubernetes.io/os': 'kubernetes.io/os',
  'beta.kubernetes.io/instance-type': 'node.kubernetes.io/instance-type',
};

export function normalizedKey(key: string): string {
  return NORMALIZED_LABELS[key] ?? key;
}

const AWS = 'karpenter.k8s.aws/';

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
  ...[
    'capacity-reservation-id',
    'capacity-reservation-type',
    'capacity-reservation-interruptible',
    'instance-hypervisor',
    'instance-encryption-in-transit-supported',
    'instance-category',
    'instance-capability-flex',
    'instance-family',
    'instance-generation',
    'instance-size',
    'instance-local-nvme',
    'instance-cpu',
    'instance-cpu-manufacturer',
    'instance-cpu-sustained-clock-speed-mhz',
    'instance-memory',
    'instance-ebs-bandwidth',
    'instance-network-bandwidth',
    'instance-gpu-name',
    'instance-gpu-manufacturer',
    'instance-gpu-count',
    'instance-gpu-memory',
    'instance-accelerator-name',
    'instance-accelerator-manufacturer',
    'instance-accelerator-count',
    'instance-tenancy',
    'placement-group-id',
    'placement-group-partition',
  ].map((name) => AWS + name),
]);

/**
 * `RestrictedLabelDomains`: core's kubernetes.io, k8s.io and karpenter.sh, plus the provider's
 * karpenter.k8s.aws. A key whose domain ends with one of them is restricted unless well-known or
 * under an exception (`LabelDomainExceptions`).
 */
const RESTRICTED_DOMAINS = ['kubernetes.io', 'k8s.io', 'karpenter.sh', 'karpenter.k8s.aws'];
const DOMAIN_EXCEPTIONS = ['kops.k8s.io', 'node.kubernetes.io', 'node-restriction.kubernetes.io'];
/** `RestrictedLabels`: Karpenter sets the hostname itself (a placeholder while simulating). */
const RESTRICTED_LABELS: ReadonlySet<string> = new Set(['kubernetes.io/hostname']);

function labelDomain(key: string): string {
  const slash = key.indexOf('/');
  return slash < 0 ? '' : key.slice(0, slash);
}

/** `IsRestrictedLabel` (after normalisation): true when a pod may not select the key. */
export function isRestrictedLabel(key: string): boolean {
  if (WELL_KNOWN_LABEL_KEYS.has(key)) return false;
  const domain = labelDomain(key);
  if (DOMAIN_EXCEPTIONS.some((exception) => domain.endsWith(exception))) return false;
  if (RESTRICTED_DOMAINS.some((restricted) => domain.endsWith(restricted))) return true;
  return RESTRICTED_LABELS.has(key);
}
