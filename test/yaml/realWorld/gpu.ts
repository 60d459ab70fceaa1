import {
  discoveredBy,
  documents,
  ec2NodeClass,
  indent,
  nodeClassRefTo,
  nodePool,
} from './yamlText';

/**
 * GPU capacity as the AWS and NVIDIA guides set it up: one AL2023 class with a large root volume
 * (CUDA images are big), g5/g6 pools for inference, p5 for training, and a MIG-sliced H100 pool.
 * Every GPU pool carries the `nvidia.com/gpu` taint so only GPU workloads land there.
 */
export function gpuManifests(cluster = 'ml-prod'): string {
  return documents(
    ec2NodeClass(
      'gpu',
      `
amiSelectorTerms:
  - alias: al2023@latest
blockDeviceMappings:
  - deviceName: /dev/xvda
    ebs:
      deleteOnTermination: true
      encrypted: true
      iops: 3000
      throughput: 125
      volumeSize: 200Gi
      volumeType: gp3
role: KarpenterNodeRole-${cluster}
${discoveredBy(cluster)}
`,
    ),
    nodePool(
      'gpu-inference',
      `
disruption:
  consolidateAfter: 10m
  consolidationPolicy: WhenEmpty
limits:
  nvidia.com/gpu: "32"
template:
  metadata:
    labels:
      workload-type: gpu
  spec:
${indent(nodeClassRefTo('gpu'), 4)}
    requirements:
      - key: karpenter.k8s.aws/instance-family
        operator: In
        values:
          - g5
          - g6
          - g6e
      - key: karpenter.sh/capacity-type
        operator: In
        values:
          - spot
          - on-demand
      - key: kubernetes.io/arch
        operator: In
        values:
          - amd64
    taints:
      - effect: NoSchedule
        key: nvidia.com/gpu
weight: 50
`,
    ),
    nodePool(
      'gpu-mig',
      `
disruption:
  consolidateAfter: 1h
  consolidationPolicy: WhenEmpty
template:
  metadata:
    labels:
      nvidia.com/mig.config: all-1g.10gb
  spec:
${indent(nodeClassRefTo('gpu'), 4)}
    requirements:
      - key: node.kubernetes.io/instance-type
        operator: In
        values:
          - p5.48xlarge
      - key: karpenter.k8s.aws/instance-gpu-name
        operator: In
        values:
          - h100
      - key: karpenter.k8s.aws/instance-gpu-memory
        operator: In
        values:
          - "81920"
    taints:
      - effect: NoSchedule
        key: nvidia.com/gpu
      - effect: NoSchedule
        key: nvidia.com/mig.config
        value: all-1g.10gb
`,
    ),
    nodePool(
      'gpu-training',
      `
disruption:
  budgets:
    - nodes: "0"
  consolidateAfter: Never
  consolidationPolicy: WhenEmpty
limits:
  nvidia.com/gpu: "64"
template:
  spec:
    expireAfter: 336h
${indent(nodeClassRefTo('gpu'), 4)}
    requirements:
      - key: karpenter.k8s.aws/instance-family
        operator: In
        values:
          - p5
          - p5e
      - key: karpenter.sh/capacity-type
        operator: In
        values:
          - on-demand
          - reserved
    taints:
      - effect: NoSchedule
        key: nvidia.com/gpu
        value: "true"
`,
    ),
  );
}
