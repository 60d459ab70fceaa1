import { block, indent } from './yamlText';

interface StoredObject {
  name: string;
  annotations: Record<string, string>;
  finalizers?: string[];
  uid: string;
  resourceVersion: number;
  manager: string;
}

/**
 * `metadata` of an object the API server stored, at column 0, keys sorted as kubectl prints
 * them: what the user wrote, what Karpenter keeps there, and what the server added.
 */
function storedMetadata(o: StoredObject): string {
  const annotations = Object.entries(o.annotations).map(([k, v]) => `  ${k}: "${v}"`);
  const finalizers = (o.finalizers ?? []).map((f) => `- ${f}`);
  return [
    'annotations:',
    ...annotations,
    'creationTimestamp: "2025-03-14T09:26:53Z"',
    ...(finalizers.length > 0 ? ['finalizers:', ...finalizers] : []),
    'generation: 3',
    'managedFields:',
    '- apiVersion: karpenter.sh/v1',
    '  fieldsType: FieldsV1',
    '  fieldsV1:',
    '    f:spec:',
    '      .: {}',
    '      f:template: {}',
    `  manager: ${o.manager}`,
    '  operation: Update',
    '  time: "2025-03-14T09:26:53Z"',
    `name: ${o.name}`,
    `resourceVersion: "${o.resourceVersion}"`,
    `uid: ${o.uid}`,
  ].join('\n');
}

/**
 * `kubectl get nodepools,ec2nodeclasses -o yaml` as it prints them: one `List` with keys sorted,
 * lists not indented under their key, and everything the cluster added (status, uid,
 * resourceVersion, creationTimestamp, managedFields, generation) besides what a user wrote and
 * what Karpenter keeps in annotations and finalizers.
 */
export function kubectlListManifests(cluster = 'my-cluster'): string {
  const nodeClassStored: StoredObject = {
    name: 'default',
    annotations: {
      'karpenter.k8s.aws/ec2nodeclass-hash': '6655397462838418944',
      'karpenter.k8s.aws/ec2nodeclass-hash-version': 'v4',
    },
    finalizers: ['karpenter.k8s.aws/termination'],
    uid: '1c4ae5a2-95a8-4b43-9f2e-4f5d0f1c0c11',
    resourceVersion: 48213,
    manager: 'kubectl-client-side-apply',
  };
  const nodePoolStored: StoredObject = {
    name: 'default',
    annotations: {
      'karpenter.sh/nodepool-hash': '12393960163388511505',
      'karpenter.sh/nodepool-hash-version': 'v3',
    },
    uid: '7d0c5f3e-2b8a-4c1d-9e6f-0a1b2c3d4e5f',
    resourceVersion: 48377,
    manager: 'karpenter',
  };
  return block(`
apiVersion: v1
items:
- apiVersion: karpenter.k8s.aws/v1
  kind: EC2NodeClass
  metadata:
${indent(storedMetadata(nodeClassStored), 4)}
  spec:
    amiSelectorTerms:
    - alias: al2023@latest
    metadataOptions:
      httpEndpoint: enabled
      httpProtocolIPv6: disabled
      httpPutResponseHopLimit: 1
      httpTokens: required
    role: KarpenterNodeRole-${cluster}
    securityGroupSelectorTerms:
    - tags:
        karpenter.sh/discovery: ${cluster}
    subnetSelectorTerms:
    - tags:
        karpenter.sh/discovery: ${cluster}
  status:
    amis:
    - id: ami-0a1b2c3d4e5f67890
      name: amazon-eks-node-al2023-x86_64-standard-1.31-v20250304
      requirements:
      - key: kubernetes.io/arch
        operator: In
        values:
        - amd64
    conditions:
    - lastTransitionTime: "2025-03-14T09:27:01Z"
      message: ""
      observedGeneration: 3
      reason: Ready
      status: "True"
      type: Ready
    instanceProfile: ${cluster}_1234567890123456789
    securityGroups:
    - id: sg-0123456789abcdef0
      name: eks-cluster-sg-${cluster}
    subnets:
    - id: subnet-0123456789abcdef0
      zone: us-east-1a
      zoneID: use1-az1
- apiVersion: karpenter.sh/v1
  kind: NodePool
  metadata:
${indent(storedMetadata(nodePoolStored), 4)}
  spec:
    disruption:
      budgets:
      - nodes: 10%
      consolidateAfter: 0s
      consolidationPolicy: WhenEmptyOrUnderutilized
    limits:
      cpu: 1k
    template:
      spec:
        expireAfter: 720h
        nodeClassRef:
          group: karpenter.k8s.aws
          kind: EC2NodeClass
          name: default
        requirements:
        - key: kubernetes.io/arch
          operator: In
          values:
          - amd64
        - key: karpenter.sh/capacity-type
          operator: In
          values:
          - spot
          - on-demand
  status:
    conditions:
    - lastTransitionTime: "2025-03-14T09:27:05Z"
      message: ""
      observedGeneration: 3
      reason: Ready
      status: "True"
      type: Ready
    resources:
      cpu: "16"
      memory: 64Gi
      nodes: "2"
kind: List
metadata:
  resourceVersion: ""
`);
}

/** Fields of `kubectlListManifests` that the API server owns, not the user. */
export const CLUSTER_METADATA_FIELDS = [
  'uid',
  'resourceVersion',
  'creationTimestamp',
  'managedFields',
  'generation',
] as const;
