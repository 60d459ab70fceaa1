import {
  discoveredBy,
  documents,
  ec2NodeClass,
  indent,
  nodeClassRefTo,
  nodePool,
} from './yamlText';

/**
 * Spot across many instance families, as the Karpenter spot best practices advise (diversify so
 * an interruption in one pool does not take all capacity), with `minValues` keeping enough
 * families in play and an on-demand pool of lower weight as the fallback.
 */
export function spotManifests(cluster = 'my-cluster'): string {
  return documents(
    ec2NodeClass(
      'default',
      `
amiSelectorTerms:
  - alias: al2023@latest
role: KarpenterNodeRole-${cluster}
${discoveredBy(cluster)}
`,
    ),
    nodePool(
      'on-demand-fallback',
      `
disruption:
  consolidateAfter: 1m
  consolidationPolicy: WhenEmptyOrUnderutilized
limits:
  cpu: "200"
template:
  spec:
${indent(nodeClassRefTo('default'), 4)}
    requirements:
      - key: karpenter.sh/capacity-type
        operator: In
        values:
          - on-demand
      - key: karpenter.k8s.aws/instance-category
        operator: In
        values:
          - c
          - m
          - r
weight: 10
`,
    ),
    nodePool(
      'spot',
      `
disruption:
  consolidateAfter: 1m
  consolidationPolicy: WhenEmptyOrUnderutilized
limits:
  cpu: "1000"
  memory: 4000Gi
template:
  spec:
${indent(nodeClassRefTo('default'), 4)}
    requirements:
      - key: karpenter.sh/capacity-type
        operator: In
        values:
          - spot
      - key: karpenter.k8s.aws/instance-category
        minValues: 2
        operator: In
        values:
          - c
          - m
          - r
      - key: karpenter.k8s.aws/instance-family
        minValues: 5
        operator: In
        values:
          - c5
          - c5a
          - c6a
          - c6i
          - c7a
          - c7i
          - m5
          - m5a
          - m6a
          - m6i
          - m7a
          - m7i
          - r5
          - r6i
          - r7i
      - key: karpenter.k8s.aws/instance-generation
        operator: Gt
        values:
          - "4"
      - key: karpenter.k8s.aws/instance-size
        operator: NotIn
        values:
          - nano
          - micro
          - small
          - metal
      - key: topology.kubernetes.io/zone
        operator: In
        values:
          - us-east-1a
          - us-east-1b
          - us-east-1c
weight: 80
`,
    ),
  );
}
