import { ALLOWED_KARPENTER_K8S_AWS } from '../../../karpenter/facts/restrictedLabels';
import { celRule, entry, type CelRule } from '../celRule';

/**
 * The label keys a NodePool may not use (karpenter.sh_nodepools.yaml): Karpenter and the kubelet
 * set these labels on every node themselves. The CRD checks them twice, on requirement keys and on
 * the template's labels, with the same four rules.
 */

/** The karpenter.sh labels a pool may name; the rest of the domain is Karpenter's own. */
export const ALLOWED_KARPENTER_SH: ReadonlySet<string> = new Set([
  'karpenter.sh/capacity-type',
  'karpenter.sh/nodepool',
]);

export { ALLOWED_KARPENTER_K8S_AWS };

/**
 * CEL `key.find("^([^/]+)")`: the text before the first '/', or the whole key without one. The
 * rules then test `endsWith`, so `example-karpenter.sh/x` is in the restricted domain too.
 */
function domainOf(key: string): string {
  return /^([^/]+)/.exec(key)?.[0] ?? '';
}

const karpenterShLabel = (key: string) =>
  !ALLOWED_KARPENTER_SH.has(key) && domainOf(key).endsWith('karpenter.sh');
const karpenterK8sAwsLabel = (key: string) =>
  !ALLOWED_KARPENTER_K8S_AWS.has(key) && domainOf(key).endsWith('karpenter.k8s.aws');

const KARPENTER_SH_MESSAGE =
  'is in the karpenter.sh label domain, which Karpenter reserves for the labels it sets: use your own domain (only karpenter.sh/capacity-type may be named)';
const NODEPOOL_MESSAGE =
  'is set by Karpenter to the name of the NodePool on every node: remove it (pods can already select it)';
const HOSTNAME_MESSAGE =
  'is set by the kubelet to each node’s own name: remove it (a pool cannot choose it)';
const KARPENTER_K8S_AWS_MESSAGE =
  'is in the karpenter.k8s.aws label domain, where only the well-known instance labels (such as karpenter.k8s.aws/instance-family) may be named: use your own domain';

const AWS_LIST = `["karpenter.k8s.aws/instance-tenancy", "karpenter.k8s.aws/capacity-reservation-type", "karpenter.k8s.aws/capacity-reservation-id", "karpenter.k8s.aws/capacity-reservation-interruptible",`;
const AWS_LIST_REST = ` "karpenter.k8s.aws/ec2nodeclass", "karpenter.k8s.aws/instance-encryption-in-transit-supported", "karpenter.k8s.aws/instance-category", "karpenter.k8s.aws/instance-hypervisor", "karpenter.k8s.aws/instance-family", "karpenter.k8s.aws/instance-generation", "karpenter.k8s.aws/instance-local-nvme", "karpenter.k8s.aws/instance-size", "karpenter.k8s.aws/instance-cpu", "karpenter.k8s.aws/instance-cpu-manufacturer", "karpenter.k8s.aws/instance-cpu-sustained-clock-speed-mhz", "karpenter.k8s.aws/instance-memory", "karpenter.k8s.aws/instance-ebs-bandwidth", "karpenter.k8s.aws/instance-network-bandwidth", "karpenter.k8s.aws/instance-gpu-name", "karpenter.k8s.aws/instance-gpu-manufacturer", "karpenter.k8s.aws/instance-gpu-count", "karpenter.k8s.aws/instance-gpu-memory", "karpenter.k8s.aws/instance-accelerator-name", "karpenter.k8s.aws/instance-accelerator-manufacturer", "karpenter.k8s.aws/instance-accelerator-count", "karpenter.k8s.aws/instance-capability-flex", "karpenter.k8s.aws/placement-group-id", "karpenter.k8s.aws/placement-group-partition"]`;

// ---- On a requirement's key (string) ----

export const requirementKeyKarpenterSh: CelRule = celRule<string>({
  id: 'requirement-key-karpenter-sh',
  cel: 'self in ["karpenter.sh/capacity-type", "karpenter.sh/nodepool"] || !self.find("^([^/]+)").endsWith("karpenter.sh")',
  check: (key, report) => (karpenterShLabel(key) ? report(KARPENTER_SH_MESSAGE) : undefined),
});

export const requirementKeyNodePool: CelRule = celRule<string>({
  id: 'requirement-key-nodepool',
  cel: 'self != "karpenter.sh/nodepool"',
  check: (key, report) => (key === 'karpenter.sh/nodepool' ? report(NODEPOOL_MESSAGE) : undefined),
});

export const requirementKeyHostname: CelRule = celRule<string>({
  id: 'requirement-key-hostname',
  cel: 'self != "kubernetes.io/hostname"',
  check: (key, report) => (key === 'kubernetes.io/hostname' ? report(HOSTNAME_MESSAGE) : undefined),
});

export const requirementKeyKarpenterK8sAws: CelRule = celRule<string>({
  id: 'requirement-key-karpenter-k8s-aws',
  cel: `self in ${AWS_LIST}${AWS_LIST_REST} || !self.find("^([^/]+)").endsWith("karpenter.k8s.aws")`,
  check: (key, report) =>
    karpenterK8sAwsLabel(key) ? report(KARPENTER_K8S_AWS_MESSAGE) : undefined,
});

// ---- On the template's labels (map: `self.all(x, ...)` ranges over its keys) ----

function eachKey(
  labels: Record<string, string>,
  restricted: (key: string) => boolean,
  message: string,
  report: (message: string, at?: string) => void,
): void {
  for (const key of Object.keys(labels)) if (restricted(key)) report(message, entry(key));
}

export const templateLabelKarpenterSh: CelRule = celRule<Record<string, string>>({
  id: 'template-label-karpenter-sh',
  cel: 'self.all(x, x in ["karpenter.sh/capacity-type", "karpenter.sh/nodepool"] || !x.find("^([^/]+)").endsWith("karpenter.sh"))',
  check: (labels, report) => eachKey(labels, karpenterShLabel, KARPENTER_SH_MESSAGE, report),
});

export const templateLabelNodePool: CelRule = celRule<Record<string, string>>({
  id: 'template-label-nodepool',
  cel: 'self.all(x, x != "karpenter.sh/nodepool")',
  check: (labels, report) =>
    eachKey(labels, (key) => key === 'karpenter.sh/nodepool', NODEPOOL_MESSAGE, report),
});

export const templateLabelHostname: CelRule = celRule<Record<string, string>>({
  id: 'template-label-hostname',
  cel: 'self.all(x, x != "kubernetes.io/hostname")',
  check: (labels, report) =>
    eachKey(labels, (key) => key === 'kubernetes.io/hostname', HOSTNAME_MESSAGE, report),
});

/** Upstream lists capacity-reservation-interruptible twice here; the set reads it once. */
export const templateLabelKarpenterK8sAws: CelRule = celRule<Record<string, string>>({
  id: 'template-label-karpenter-k8s-aws',
  cel: `self.all(x, x in ${AWS_LIST} "karpenter.k8s.aws/capacity-reservation-interruptible",${AWS_LIST_REST} || !x.find("^([^/]+)").endsWith("karpenter.k8s.aws"))`,
  check: (labels, report) =>
    eachKey(labels, karpenterK8sAwsLabel, KARPENTER_K8S_AWS_MESSAGE, report),
});
