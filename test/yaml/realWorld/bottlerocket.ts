import {
  block,
  discoveredBy,
  documents,
  ec2NodeClass,
  indent,
  nodeClassRefTo,
  nodePool,
} from './yamlText';

/**
 * Bottlerocket settings are TOML; Karpenter merges them with its own. `max-pods` and a sysctl as
 * the Bottlerocket docs show them.
 */
export function bottlerocketSettings(maxPods = 110): string {
  return block(`
[settings.kubernetes]
max-pods = ${maxPods}

[settings.kubernetes.node-labels]
"team" = "platform"

[settings.kernel.sysctl]
"vm.max_map_count" = "262144"
`);
}

/**
 * Bottlerocket with its two volumes: a small OS volume (xvda) and the data volume (xvdb) that
 * holds images and pod storage, as the Karpenter docs' Bottlerocket example lays them out.
 */
export function bottlerocketManifests(cluster = 'my-cluster'): string {
  return documents(
    ec2NodeClass(
      'bottlerocket',
      `
amiSelectorTerms:
  - alias: bottlerocket@latest
blockDeviceMappings:
  - deviceName: /dev/xvda
    ebs:
      deleteOnTermination: true
      encrypted: true
      volumeSize: 4Gi
      volumeType: gp3
  - deviceName: /dev/xvdb
    ebs:
      deleteOnTermination: true
      encrypted: true
      iops: 3000
      throughput: 250
      volumeSize: 100Gi
      volumeType: gp3
role: KarpenterNodeRole-${cluster}
${discoveredBy(cluster)}
userData: |
${indent(bottlerocketSettings(), 2)}`,
    ),
    nodePool(
      'bottlerocket',
      `
disruption:
  consolidateAfter: 5m
  consolidationPolicy: WhenEmptyOrUnderutilized
template:
  spec:
${indent(nodeClassRefTo('bottlerocket'), 4)}
    requirements:
      - key: kubernetes.io/os
        operator: In
        values:
          - linux
      - key: karpenter.k8s.aws/instance-category
        operator: In
        values:
          - c
          - m
`,
    ),
  );
}
