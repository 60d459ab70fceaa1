/**
 * Label keys Karpenter understands in NodePool requirements, with the values a user can pick.
 * Source: the NodePool CRD's restricted-label rule (karpenter.sh_nodepools.yaml) lists the
 * karpenter.k8s.aws keys; the Kubernetes keys are the well-known node labels.
 */
export interface WellKnownLabel {
  key: string;
  /** A short hint of the value form, shown next to the key. */
  hint: string;
  /** Values offered in the editor; free text is still allowed. */
  values?: readonly string[];
}

export const WELL_KNOWN_LABELS: readonly WellKnownLabel[] = [
  {
    key: 'karpenter.sh/capacity-type',
    hint: 'spot, on-demand or reserved',
    values: ['spot', 'on-demand', 'reserved'],
  },
  { key: 'kubernetes.io/arch', hint: 'CPU architecture', values: ['amd64', 'arm64'] },
  { key: 'kubernetes.io/os', hint: 'operating system', values: ['linux', 'windows'] },
  { key: 'node.kubernetes.io/instance-type', hint: 'EC2 instance type, e.g. m5.large' },
  { key: 'topology.kubernetes.io/zone', hint: 'availability zone, e.g. us-east-1a' },
  { key: 'topology.kubernetes.io/region', hint: 'AWS region, e.g. us-east-1' },
  {
    key: 'karpenter.k8s.aws/instance-category',
    hint: 'letter before the generation: c, m, r, g, p...',
    values: ['c', 'm', 'r', 't', 'g', 'p', 'i', 'd', 'x', 'z', 'inf', 'trn'],
  },
  { key: 'karpenter.k8s.aws/instance-family', hint: 'e.g. m5, c7g, p5, g6e' },
  { key: 'karpenter.k8s.aws/instance-generation', hint: 'number, use Gt for "newer than"' },
  { key: 'karpenter.k8s.aws/instance-size', hint: 'e.g. large, 2xlarge, metal' },
  { key: 'karpenter.k8s.aws/instance-cpu', hint: 'vCPU count' },
  {
    key: 'karpenter.k8s.aws/instance-cpu-manufacturer',
    hint: 'intel, amd or aws',
    values: ['intel', 'amd', 'aws'],
  },
  { key: 'karpenter.k8s.aws/instance-cpu-sustained-clock-speed-mhz', hint: 'MHz' },
  { key: 'karpenter.k8s.aws/instance-memory', hint: 'MiB' },
  { key: 'karpenter.k8s.aws/instance-hypervisor', hint: 'nitro or xen', values: ['nitro', 'xen'] },
  {
    key: 'karpenter.k8s.aws/instance-encryption-in-transit-supported',
    hint: 'true or false',
    values: ['true', 'false'],
  },
  { key: 'karpenter.k8s.aws/instance-local-nvme', hint: 'GiB of local NVMe' },
  { key: 'karpenter.k8s.aws/instance-ebs-bandwidth', hint: 'Mbps' },
  { key: 'karpenter.k8s.aws/instance-network-bandwidth', hint: 'Mbps' },
  {
    key: 'karpenter.k8s.aws/instance-gpu-name',
    hint: 'e.g. h100, a100, a10g, l4, t4',
    values: ['h100', 'h200', 'a100', 'b200', 'a10g', 'l4', 'l40s', 't4'],
  },
  {
    key: 'karpenter.k8s.aws/instance-gpu-manufacturer',
    hint: 'e.g. nvidia',
    values: ['nvidia', 'amd'],
  },
  { key: 'karpenter.k8s.aws/instance-gpu-count', hint: 'GPUs per instance' },
  { key: 'karpenter.k8s.aws/instance-gpu-memory', hint: 'MiB per GPU' },
  { key: 'karpenter.k8s.aws/instance-accelerator-name', hint: 'e.g. inferentia, trainium' },
  { key: 'karpenter.k8s.aws/instance-accelerator-manufacturer', hint: 'e.g. aws' },
  { key: 'karpenter.k8s.aws/instance-accelerator-count', hint: 'accelerators per instance' },
  {
    key: 'karpenter.k8s.aws/instance-capability-flex',
    hint: 'true or false',
    values: ['true', 'false'],
  },
  {
    key: 'karpenter.k8s.aws/instance-tenancy',
    hint: 'default or dedicated',
    values: ['default', 'dedicated'],
  },
  {
    key: 'karpenter.k8s.aws/capacity-reservation-type',
    hint: 'default or capacity-block',
    values: ['default', 'capacity-block'],
  },
  { key: 'karpenter.k8s.aws/capacity-reservation-id', hint: 'cr-...' },
];

export const REQUIREMENT_OPERATORS = [
  'In',
  'NotIn',
  'Exists',
  'DoesNotExist',
  'Gt',
  'Lt',
  'Gte',
  'Lte',
] as const;

export const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const;

export const CONSOLIDATION_POLICIES = [
  'WhenEmptyOrUnderutilized',
  'WhenEmpty',
  'Balanced',
] as const;

/**
 * The alias families offered, each with `@latest`. AL2 is left out: EKS publishes no AL2 AMIs
 * for Kubernetes 1.33 and later (the CRD still accepts it, and a lint warns when it is used).
 */
export const AMI_ALIASES = [
  'al2023@latest',
  'bottlerocket@latest',
  'windows2022@latest',
  'windows2025@latest',
  'windows2019@latest',
] as const;

export function wellKnownLabel(key: string): WellKnownLabel | undefined {
  return WELL_KNOWN_LABELS.find((label) => label.key === key);
}
