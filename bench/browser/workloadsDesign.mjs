// The browser benchmark's design, as the YAML file a user would import: 4 EC2NodeClasses, 20
// NodePools (CPU pools by family and capacity type, tainted GPU pools, weights and limits) and
// `workloads` Deployments plus 3 DaemonSets, the same shapes as bench/schedulingDesigns.ts.
const FAMILIES = [
  ['c7i', 'm7i', 'r7i'],
  ['c6g', 'm6g', 'r6g'],
  ['m5', 'm6i', 'm6a'],
  ['c5', 'c6i', 'c7a'],
  ['r5', 'r6i', 'r7a'],
];
const SHAPES = [
  { cpu: '250m', memory: '512Mi' },
  { cpu: '1', memory: '2Gi' },
  { cpu: '2', memory: '8Gi' },
  { cpu: '500m', memory: '4Gi' },
];

function nodeClass(name) {
  return `apiVersion: karpenter.k8s.aws/v1
kind: EC2NodeClass
metadata:
  name: ${name}
spec:
  amiSelectorTerms:
    - alias: al2023@latest
  role: KarpenterNodeRole-bench
  subnetSelectorTerms:
    - tags:
        karpenter.sh/discovery: bench
  securityGroupSelectorTerms:
    - tags:
        karpenter.sh/discovery: bench
`;
}

function nodePool(i) {
  const gpu = i % 5 === 4;
  const families = gpu ? ['g5', 'g6', 'p4d'] : FAMILIES[i % FAMILIES.length];
  const taints = gpu
    ? `\n      taints:\n        - key: nvidia.com/gpu\n          effect: NoSchedule`
    : '';
  return `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: pool-${String(i).padStart(2, '0')}
spec:
  weight: ${((i * 7) % 50) + 1}
  limits:
    cpu: "${2000 + i * 100}"
  template:
    spec:
      nodeClassRef:
        group: karpenter.k8s.aws
        kind: EC2NodeClass
        name: class-${i % 4}
      requirements:
        - key: karpenter.k8s.aws/instance-family
          operator: In
          values: [${families.join(', ')}]
        - key: karpenter.sh/capacity-type
          operator: In
          values: [${i % 2 === 0 ? 'on-demand' : 'spot'}]${taints}
`;
}

function workload(kind, name, replicas, requests, tolerations = '') {
  const count = kind === 'DaemonSet' ? '' : `\n  replicas: ${replicas}`;
  const lines = Object.entries(requests)
    .map(([key, value]) => `\n                ${key}: "${value}"`)
    .join('');
  return `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ${name}
spec:${count}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:${tolerations}
      containers:
        - name: main
          image: app
          resources:
            requests:${lines}
`;
}

const GPU_TOLERATION = `
      tolerations:
        - key: nvidia.com/gpu
          operator: Exists
          effect: NoSchedule`;

export function benchDesignYaml({ pools = 20, workloads = 100, replicas = 50 } = {}) {
  const docs = [];
  for (let c = 0; c < 4; c++) docs.push(nodeClass(`class-${c}`));
  for (let i = 0; i < pools; i++) docs.push(nodePool(i));
  docs.push(workload('DaemonSet', 'node-exporter', 0, { cpu: '100m', memory: '128Mi' }));
  docs.push(workload('DaemonSet', 'fluent-bit', 0, { cpu: '200m', memory: '256Mi' }));
  for (let i = 0; i < workloads; i++) {
    const gpu = i % 20 === 19;
    const shape = SHAPES[i % SHAPES.length];
    const requests = gpu ? { ...shape, 'nvidia.com/gpu': '1' } : shape;
    docs.push(
      workload(
        'Deployment',
        `app-${String(i).padStart(3, '0')}`,
        replicas,
        requests,
        gpu ? GPU_TOLERATION : '',
      ),
    );
  }
  return docs.join('---\n');
}
