// A large design as the YAML file a user would import: `classes` EC2NodeClasses and `pools`
// NodePools spread evenly over them (100 and 900 are the 1,000-resource design).
function nodeClass(c) {
  return `apiVersion: karpenter.k8s.aws/v1
kind: EC2NodeClass
metadata:
  name: class-${String(c).padStart(3, '0')}
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

function nodePool(i, classes) {
  return `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: pool-${String(i).padStart(4, '0')}
spec:
  template:
    spec:
      nodeClassRef:
        group: karpenter.k8s.aws
        kind: EC2NodeClass
        name: class-${String(i % classes).padStart(3, '0')}
      requirements:
        - key: karpenter.sh/capacity-type
          operator: In
          values: [${i % 2 === 0 ? 'on-demand' : 'spot'}]
`;
}

export function poolsDesignYaml({ classes = 100, pools = 900 } = {}) {
  const docs = [];
  for (let c = 0; c < classes; c++) docs.push(nodeClass(c));
  for (let i = 0; i < pools; i++) docs.push(nodePool(i, classes));
  return docs.join('---\n');
}
