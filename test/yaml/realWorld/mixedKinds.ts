import { documents } from './yamlText';

/** A GPU workload that needs the pool: it tolerates the taint and selects the pool's label. */
export function deployment(poolName = 'inference'): string {
  return `
# The service that needs the GPU pool below.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: llm-server
  namespace: ml
spec:
  replicas: 2
  selector:
    matchLabels: {app: llm-server}
  template:
    metadata:
      labels: {app: llm-server}
    spec:
      nodeSelector:
        karpenter.sh/nodepool: ${poolName}
      tolerations:
        - key: nvidia.com/gpu
          operator: Exists
          effect: NoSchedule
      containers:
        - name: server
          image: vllm/vllm-openai:v0.6.3
          resources:
            limits:
              nvidia.com/gpu: 1
`;
}

export function inferenceNodeClass(): string {
  return `
apiVersion: karpenter.k8s.aws/v1
kind: EC2NodeClass
metadata:
  name: inference
spec:
  amiSelectorTerms:
  - alias: al2023@latest
  role: KarpenterNodeRole-my-cluster
  securityGroupSelectorTerms:
  - tags:
      karpenter.sh/discovery: my-cluster
  subnetSelectorTerms:
  - tags:
      karpenter.sh/discovery: my-cluster
`;
}

export function inferenceNodePool(): string {
  return `
apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: inference
spec:
  template:
    spec:
      nodeClassRef:
        group: karpenter.k8s.aws
        kind: EC2NodeClass
        name: inference
      requirements:
      - key: karpenter.k8s.aws/instance-gpu-name
        operator: In
        values:
        - l4
        - a10g
      taints:
      - key: nvidia.com/gpu
        effect: NoSchedule
  disruption:
    consolidateAfter: 10m
`;
}

export function configMap(): string {
  return `
apiVersion: v1
kind: ConfigMap
metadata:
  name: llm-server-config
  namespace: ml
data:
  MODEL: meta-llama/Llama-3.1-8B-Instruct
  MAX_MODEL_LEN: "8192"
`;
}

/**
 * The file a team applies as one unit: the Karpenter resources, a ConfigMap and the workload
 * that uses them, in the order the designer exports them (workloads last, as their own section).
 * The designer models the Karpenter kinds and the workload and keeps the ConfigMap untouched.
 */
export function mixedKindsManifests(): string {
  return documents(inferenceNodeClass(), inferenceNodePool(), configMap(), deployment());
}
