/** Well-known label keys that rules and templates write requirements on. */
export const ARCH = 'kubernetes.io/arch';
export const OS = 'kubernetes.io/os';
export const INSTANCE_TYPE = 'node.kubernetes.io/instance-type';
export const FAMILY = 'karpenter.k8s.aws/instance-family';
