import { block, documents } from './yamlText';

/**
 * Manifests as a platform team keeps them in Git: a file header, comments above and beside
 * fields, blank lines between sections, and their own key order (kind first, spec before
 * metadata's labels, template before disruption), none of which the designer may lose.
 */
export function commentedManifests(cluster = 'prod-eu'): string {
  return (
    block(`
# Karpenter capacity for the ${cluster} cluster.
# Owned by the platform team; see RUNBOOK.md before changing limits.
`) +
    documents(
      `
kind: EC2NodeClass
apiVersion: karpenter.k8s.aws/v1
metadata:
  name: general   # shared by every general-purpose pool
spec:
  role: "KarpenterNodeRole-${cluster}"

  # AMIs: pinned, bumped by Renovate
  amiSelectorTerms:
    - alias: al2023@v20250505
  subnetSelectorTerms:
    - tags:
        karpenter.sh/discovery: ${cluster}   # private subnets only
  securityGroupSelectorTerms:
    - tags:
        karpenter.sh/discovery: ${cluster}
  tags:
    cost-center: '4711'
    team: platform
`,
      `
kind: NodePool
apiVersion: karpenter.sh/v1
metadata:
  name: general
  labels:
    app.kubernetes.io/managed-by: platform-gitops
spec:
  template:
    metadata:
      labels:
        tier: general
    spec:
      nodeClassRef:
        group: karpenter.k8s.aws
        kind: EC2NodeClass
        name: general
      # Keep to current generations; older ones are slower per dollar.
      requirements:
        - key: karpenter.k8s.aws/instance-category
          operator: In
          values: ["c", "m", "r"]
        - key: karpenter.k8s.aws/instance-generation
          operator: Gt
          values: ["5"]   # 6th generation and newer
        - key: karpenter.sh/capacity-type
          operator: In
          values:
            - on-demand
      expireAfter: 720h # 30 days

  # Consolidate aggressively outside business hours only.
  disruption:
    consolidationPolicy: WhenEmptyOrUnderutilized
    consolidateAfter: 5m
    budgets:
      - nodes: "10%"
      - nodes: "0"
        schedule: "0 8 * * mon-fri"   # 08:00 UTC
        duration: 10h

  limits:
    cpu: 1000
    memory: 4000Gi
  weight: 10
`,
    )
  );
}
