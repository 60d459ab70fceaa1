import {
  discoveredBy,
  documents,
  ec2NodeClass,
  indent,
  nodeClassRefTo,
  nodePool,
} from './yamlText';

/**
 * Windows Server 2022 nodes, as the Karpenter Windows guide sets them up: the `windows2022`
 * alias (only `@latest` is allowed for Windows), a larger root volume, and a taint so Linux pods
 * stay off.
 */
export function windowsManifests(cluster = 'my-cluster'): string {
  return documents(
    ec2NodeClass(
      'windows2022',
      `
amiSelectorTerms:
  - alias: windows2022@latest
blockDeviceMappings:
  - deviceName: /dev/sda1
    ebs:
      volumeSize: 100Gi
      volumeType: gp3
metadataOptions:
  httpEndpoint: enabled
  httpProtocolIPv6: disabled
  httpPutResponseHopLimit: 2
  httpTokens: required
role: KarpenterNodeRole-${cluster}
${discoveredBy(cluster)}
`,
    ),
    nodePool(
      'windows',
      `
disruption:
  consolidateAfter: 10m
  consolidationPolicy: WhenEmptyOrUnderutilized
template:
  metadata:
    labels:
      os: windows
  spec:
${indent(nodeClassRefTo('windows2022'), 4)}
    requirements:
      - key: kubernetes.io/os
        operator: In
        values:
          - windows
      - key: kubernetes.io/arch
        operator: In
        values:
          - amd64
      - key: node.kubernetes.io/windows-build
        operator: In
        values:
          - 10.0.20348
    taints:
      - effect: NoSchedule
        key: os
        value: windows
`,
    ),
  );
}
