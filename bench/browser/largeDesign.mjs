// A design of `classes` EC2NodeClasses and `pools` NodePools as one multi-document YAML file, the
// shape issue 18 measures (100 classes, 900 pools): each pool names its class and differs in its
// requirements and limits, as imported fleets do.
const FAMILIES = ['c7i', 'm7i', 'r7i', 'c6g', 'm6g', 'r6g', 'm5', 'c5', 'r5', 'g5'];

export function largeDesignYaml({ classes = 100, pools = 900, prefix = 'team' } = {}) {
  const docs = [];
  for (let c = 0; c < classes; c++) {
    docs.push(`apiVersion: karpenter.k8s.aws/v1
kind: EC2NodeClass
metadata:
  name: ${prefix}-class-${String(c).padStart(3, '0')}
spec:
  amiSelectorTerms:
    - alias: al2023@latest
  role: KarpenterNodeRole-${prefix}-${c}
  subnetSelectorTerms:
    - tags:
        karpenter.sh/discovery: ${prefix}-${c}
  securityGroupSelectorTerms:
    - tags:
        karpenter.sh/discovery: ${prefix}-${c}
`);
  }
  for (let i = 0; i < pools; i++) {
    docs.push(`apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: ${prefix}-pool-${String(i).padStart(3, '0')}
spec:
  weight: ${(i % 50) + 1}
  limits:
    cpu: "${1000 + i * 10}"
  template:
    metadata:
      labels:
        team: ${prefix}-${i % 37}
    spec:
      nodeClassRef:
        group: karpenter.k8s.aws
        kind: EC2NodeClass
        name: ${prefix}-class-${String(i % classes).padStart(3, '0')}
      requirements:
        - key: karpenter.k8s.aws/instance-family
          operator: In
          values: [${FAMILIES[i % FAMILIES.length]}, ${FAMILIES[(i * 3 + 1) % FAMILIES.length]}]
        - key: karpenter.sh/capacity-type
          operator: In
          values: [${i % 2 === 0 ? 'on-demand' : 'spot'}]
`);
  }
  return docs.join('---\n');
}
