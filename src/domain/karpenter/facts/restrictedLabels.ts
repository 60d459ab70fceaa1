import { WELL_KNOWN_LABEL_KEYS } from '../requirements/wellKnownLabels';

/**
 * The karpenter.k8s.aws label keys a NodePool may name (requirements and template labels): the
 * well-known instance labels. Every other key in that domain belongs to Karpenter, which sets it
 * on the node itself. Listed in the NodePool CRD's CEL rules (karpenter.sh_nodepools.yaml, v1.14.1).
 */
export const ALLOWED_KARPENTER_K8S_AWS: ReadonlySet<string> = new Set([
  // The class label is set by Karpenter on every node; the CRD lets a pool name it too.
  'karpenter.k8s.aws/ec2nodeclass',
  ...[...WELL_KNOWN_LABEL_KEYS].filter((key) => key.startsWith('karpenter.k8s.aws/')),
]);
