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
 * AL2023 user data as the EKS docs write it: a MIME multipart with a `NodeConfig` for nodeadm
 * (itself a YAML document, `---` and all) and a shell script that runs before the node joins.
 */
export function al2023UserData(maxPods = 110): string {
  return block(`
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="BOUNDARY"

--BOUNDARY
Content-Type: application/node.eks.aws

---
apiVersion: node.eks.aws/v1alpha1
kind: NodeConfig
spec:
  kubelet:
    config:
      maxPods: ${maxPods}
    flags:
      - --node-labels=team=data

--BOUNDARY
Content-Type: text/x-shellscript; charset="us-ascii"

#!/bin/bash
echo "vm.max_map_count=262144" >> /etc/sysctl.d/99-data.conf
sysctl --system

--BOUNDARY--
`);
}

export function customUserDataManifests(cluster = 'my-cluster'): string {
  return documents(
    ec2NodeClass(
      'al2023-custom',
      `
amiSelectorTerms:
  - alias: al2023@v20250505
kubelet:
  evictionHard:
    memory.available: 5%
    nodefs.available: 10%
  imageGCHighThresholdPercent: 85
  imageGCLowThresholdPercent: 80
  systemReserved:
    cpu: 100m
    memory: 512Mi
role: KarpenterNodeRole-${cluster}
${discoveredBy(cluster)}
userData: |
${indent(al2023UserData(), 2)}`,
    ),
    nodePool(
      'data',
      `
disruption:
  consolidateAfter: 15m
  consolidationPolicy: WhenEmpty
template:
  spec:
${indent(nodeClassRefTo('al2023-custom'), 4)}
    requirements:
      - key: karpenter.k8s.aws/instance-category
        operator: In
        values:
          - r
`,
    ),
  );
}
