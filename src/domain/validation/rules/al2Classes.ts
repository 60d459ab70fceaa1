import { ec2NodeClasses } from '../../design/resources';
import type { Design } from '../../design/types';
import { aliasTerm } from '../../karpenter/facts/amiFamilies';
import type { Problem } from '../problem';

/**
 * Amazon Linux 2 is a dead end for EKS nodes: "For Kubernetes versions 1.33 and later, EKS will
 * not provide pre-built optimized Amazon Linux 2 (AL2) Amazon Machine Images (AMIs)"
 * (https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions-standard.html, quoted in
 * aws/karpenter-provider-aws#7753, which moved Karpenter's getting-started guide to AL2023), and
 * the EKS-optimized AL2 AMIs reached end of support on November 26, 2025
 * (awslabs/amazon-eks-ami#2545). The design has no Kubernetes version, so any AL2 class is
 * flagged: its nodes cannot follow the cluster past 1.32.
 */
export function al2Classes(design: Design): Problem[] {
  const problems: Problem[] = [];
  for (const nodeClass of ec2NodeClasses(design)) {
    const { spec } = nodeClass.manifest;
    const alias = aliasTerm(spec);
    const path =
      alias?.family === 'AL2'
        ? `spec.amiSelectorTerms[${alias.index}].alias`
        : spec.amiFamily === 'AL2'
          ? 'spec.amiFamily'
          : undefined;
    if (!path) continue;
    problems.push({
      severity: 'warning',
      resourceId: nodeClass.id,
      path,
      message: `EC2NodeClass "${nodeClass.manifest.metadata.name}" uses Amazon Linux 2: EKS publishes no AL2 AMIs for Kubernetes 1.33 and later and ended their support in November 2025, so its nodes cannot follow a cluster upgrade. Switch to al2023@latest (or bottlerocket@latest) and port any userData to nodeadm's NodeConfig.`,
      rule: 'ami-al2-deprecated',
    });
  }
  return problems;
}
