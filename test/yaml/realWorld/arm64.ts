import {
  discoveredBy,
  documents,
  ec2NodeClass,
  indent,
  nodeClassRefTo,
  nodePool,
} from './yamlText';

/** Graviton (arm64) capacity: AWS-designed CPUs from the c/m/r 7g and 8g families. */
export function arm64Manifests(cluster = 'my-cluster'): string {
  return documents(
    ec2NodeClass(
      'graviton',
      `
amiSelectorTerms:
  - alias: al2023@latest
kubelet:
  maxPods: 110
role: KarpenterNodeRole-${cluster}
${discoveredBy(cluster)}
tags:
  team: platform
`,
    ),
    nodePool(
      'graviton',
      `
disruption:
  consolidateAfter: 30s
  consolidationPolicy: WhenEmptyOrUnderutilized
limits:
  cpu: 2k
template:
  spec:
${indent(nodeClassRefTo('graviton'), 4)}
    requirements:
      - key: kubernetes.io/arch
        operator: In
        values:
          - arm64
      - key: karpenter.k8s.aws/instance-cpu-manufacturer
        operator: In
        values:
          - aws
      - key: karpenter.k8s.aws/instance-family
        operator: In
        values:
          - c7g
          - c8g
          - m7g
          - m8g
          - r7g
          - r8g
      - key: karpenter.k8s.aws/instance-cpu
        operator: Lte
        values:
          - "64"
`,
    ),
  );
}
