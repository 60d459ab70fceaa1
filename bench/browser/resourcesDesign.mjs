// Issue 18's designs, as the YAML file a user would import: one EC2NodeClass per ten resources
// and nine NodePools naming it (1,000 resources are 100 classes and 900 pools). Deterministic:
// the same size gives the same text, so runs and branches compare.
const FAMILIES = [
  ['c7i', 'm7i', 'r7i'],
  ['c6g', 'm6g', 'r6g'],
  ['m5', 'm6i', 'm6a'],
  ['c5', 'c6i', 'c7a'],
  ['r5', 'r6i', 'r7a'],
];

const pad = (n) => String(n).padStart(4, '0');

function nodeClass(c) {
  return `apiVersion: karpenter.k8s.aws/v1
kind: EC2NodeClass
metadata:
  name: class-${pad(c)}
spec:
  amiSelectorTerms:
    - alias: al2023@latest
  role: KarpenterNodeRole-team-${c % 17}
  subnetSelectorTerms:
    - tags:
        karpenter.sh/discovery: cluster-${c % 5}
  securityGroupSelectorTerms:
    - tags:
        karpenter.sh/discovery: cluster-${c % 5}
  tags:
    team: team-${c % 17}
`;
}

function nodePool(i, c) {
  const families = FAMILIES[i % FAMILIES.length];
  return `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: pool-${pad(i)}
spec:
  weight: ${(i % 50) + 1}
  limits:
    cpu: "${1000 + (i % 20) * 100}"
  disruption:
    consolidationPolicy: WhenEmptyOrUnderutilized
    consolidateAfter: 1m
  template:
    metadata:
      labels:
        team: team-${c % 17}
    spec:
      nodeClassRef:
        group: karpenter.k8s.aws
        kind: EC2NodeClass
        name: class-${pad(c)}
      requirements:
        - key: karpenter.k8s.aws/instance-family
          operator: In
          values: [${families.join(', ')}]
        - key: karpenter.sh/capacity-type
          operator: In
          values: [${i % 2 === 0 ? 'on-demand' : 'spot'}]
`;
}

/** `size` resources (a multiple of ten): size / 10 EC2NodeClasses, each named by nine NodePools. */
export function resourcesDesignYaml(size) {
  const docs = [];
  for (let c = 0; c < size / 10; c++) {
    docs.push(nodeClass(c));
    for (let k = 0; k < 9; k++) docs.push(nodePool(c * 9 + k, c));
  }
  return docs.join('---\n');
}
