/**
 * Builders for the older manifests the conversion tests start from, shaped like the examples of
 * the Karpenter upgrade guides. Imported only by tests, but plain TypeScript so it typechecks
 * with the rest of src/domain (as src/domain/testing does).
 */
type Json = Record<string, unknown>;

export interface OlderPoolShape {
  name?: string;
  className?: string;
  /** `undefined` leaves the field out. */
  kubelet?: Json;
  disruption?: Json;
  /** Laid over the rest of `spec`. */
  spec?: Json;
  metadata?: Json;
}

export const DEFAULT_KUBELET: Json = {
  maxPods: 110,
  systemReserved: { cpu: '100m', memory: '100Mi' },
};

/** A v1beta1 NodePool as v0.37 users wrote them: spot and on-demand c/m/r, kubelet, expiry. */
export function v1beta1NodePool(shape: OlderPoolShape = {}): Json {
  const { name = 'general', className = 'default' } = shape;
  const templateSpec: Json = {
    nodeClassRef: {
      apiVersion: 'karpenter.k8s.aws/v1beta1',
      kind: 'EC2NodeClass',
      name: className,
    },
    requirements: [
      {
        key: 'karpenter.k8s.aws/instance-category',
        operator: 'In',
        values: ['c', 'm', 'r'],
        minValues: 2,
      },
      { key: 'karpenter.k8s.aws/instance-generation', operator: 'Gt', values: ['2'] },
      { key: 'kubernetes.io/arch', operator: 'In', values: ['amd64'] },
      { key: 'karpenter.sh/capacity-type', operator: 'In', values: ['spot', 'on-demand'] },
    ],
    taints: [{ key: 'example.com/dedicated', value: 'web', effect: 'NoSchedule' }],
  };
  const kubelet = 'kubelet' in shape ? shape.kubelet : DEFAULT_KUBELET;
  if (kubelet !== undefined) templateSpec.kubelet = kubelet;
  const spec: Json = {
    template: { metadata: { labels: { team: 'web' } }, spec: templateSpec },
    disruption: shape.disruption ?? {
      consolidationPolicy: 'WhenUnderutilized',
      expireAfter: '720h',
      budgets: [{ nodes: '10%' }],
    },
    limits: { cpu: 1000, memory: '1000Gi' },
    weight: 10,
    ...shape.spec,
  };
  return {
    apiVersion: 'karpenter.sh/v1beta1',
    kind: 'NodePool',
    metadata: { name, ...shape.metadata },
    spec,
  };
}

export interface OlderClassShape {
  name?: string;
  amiFamily?: string;
  amiSelectorTerms?: Json[];
  /** Laid over the rest of `spec`. */
  spec?: Json;
  metadata?: Json;
}

/** A v1beta1 EC2NodeClass like the v0.3x getting-started one; AL2 with no AMI terms by default. */
export function v1beta1EC2NodeClass(shape: OlderClassShape = {}): Json {
  const { name = 'default', amiFamily = 'AL2' } = shape;
  const spec: Json = {
    amiFamily,
    role: 'KarpenterNodeRole-demo',
    subnetSelectorTerms: [{ tags: { 'karpenter.sh/discovery': 'demo' } }],
    securityGroupSelectorTerms: [{ tags: { 'karpenter.sh/discovery': 'demo' } }],
    tags: { team: 'platform' },
  };
  if (shape.amiSelectorTerms !== undefined) spec.amiSelectorTerms = shape.amiSelectorTerms;
  return {
    apiVersion: 'karpenter.k8s.aws/v1beta1',
    kind: 'EC2NodeClass',
    metadata: { name, ...shape.metadata },
    spec: { ...spec, ...shape.spec },
  };
}

/** A v1alpha5 Provisioner like the v0.31 examples: empty-node TTL and a providerRef. */
export function provisioner(name = 'default', spec: Json = {}): Json {
  return {
    apiVersion: 'karpenter.sh/v1alpha5',
    kind: 'Provisioner',
    metadata: { name },
    spec: {
      providerRef: { name: 'default' },
      labels: { team: 'team-a' },
      annotations: { 'example.com/owner': 'team-a' },
      requirements: [
        { key: 'karpenter.sh/capacity-type', operator: 'In', values: ['spot'] },
        { key: 'karpenter.k8s.aws/instance-category', operator: 'In', values: ['c', 'm', 'r'] },
      ],
      taints: [{ key: 'example.com/special-taint', value: 'true', effect: 'NoSchedule' }],
      startupTaints: [{ key: 'example.com/another-taint', value: 'true', effect: 'NoSchedule' }],
      limits: { resources: { cpu: 1000, memory: '1000Gi' } },
      weight: 50,
      ttlSecondsAfterEmpty: 120,
      ...spec,
    },
  };
}

/** A v1alpha1 AWSNodeTemplate like the v0.31 examples: discovery-tag selectors, an instance profile. */
export function awsNodeTemplate(name = 'default', spec: Json = {}): Json {
  return {
    apiVersion: 'karpenter.k8s.aws/v1alpha1',
    kind: 'AWSNodeTemplate',
    metadata: { name },
    spec: {
      instanceProfile: 'KarpenterNodeInstanceProfile-demo',
      subnetSelector: { 'karpenter.sh/discovery': 'demo' },
      securityGroupSelector: { 'karpenter.sh/discovery': 'demo' },
      tags: { team: 'team-a' },
      ...spec,
    },
  };
}
