import type { AmiFamily } from './amiFamilies';

/**
 * What `spec.userData` is written in, and what Karpenter does with it, per AMI family
 * (karpenter.sh/docs/concepts/nodeclasses, "spec.userData"; the Windows wrapping is
 * aws/karpenter-provider-aws pkg/providers/amifamily/bootstrap/windows.go).
 */

/** The Monaco language to edit user data in. */
export type UserDataLanguage = 'shell' | 'yaml' | 'ini' | 'powershell';

/** An AL2023 NodeConfig, alone or as a part of a MIME multi-part document. */
const NODE_CONFIG = /^\s*apiVersion:\s*node\.eks\.aws\//m;
/** A MIME multi-part document: its parts may be shell, cloud-config or NodeConfig. */
const MIME = /^\s*MIME-Version:/i;

export function userDataLanguage(family: AmiFamily, text: string): UserDataLanguage {
  switch (family) {
    case 'Bottlerocket':
      // TOML. Monaco has no TOML; its ini language colours [tables] and key = value lines.
      return 'ini';
    case 'Windows2019':
    case 'Windows2022':
    case 'Windows2025':
      return 'powershell';
    case 'AL2023':
      return NODE_CONFIG.test(text) && !MIME.test(text) ? 'yaml' : 'shell';
    case 'Custom':
      if (/^\s*<powershell>/i.test(text)) return 'powershell';
      if (/^\s*\[settings[.\]]/m.test(text)) return 'ini';
      return NODE_CONFIG.test(text) && !MIME.test(text) ? 'yaml' : 'shell';
    case 'AL2':
    default:
      // An amiFamily this version does not know (a bad import) is flagged elsewhere.
      return 'shell';
  }
}

/** One line on what Karpenter does with the user data of this family. */
export function userDataHint(family: AmiFamily): string {
  switch (family) {
    case 'AL2':
      return 'A shell script or MIME multi-part document. Karpenter adds its own part that runs /etc/eks/bootstrap.sh after yours.';
    case 'AL2023':
      return 'NodeConfig YAML, a shell script or a MIME multi-part document. Karpenter appends its own NodeConfig; nodeadm merges them, and Karpenter’s values win where both set a field.';
    case 'Bottlerocket':
      return 'Bottlerocket settings in TOML. Karpenter merges in the cluster and kubelet settings it manages, which override yours.';
    case 'Windows2019':
    case 'Windows2022':
    case 'Windows2025':
      return 'PowerShell commands, without <powershell> tags: Karpenter wraps them in its own script and runs them before Start-EKSBootstrap.ps1.';
    case 'Custom':
    default:
      return 'Passed to the instance unchanged: with a Custom AMI family, the user data must join the node to the cluster itself.';
  }
}

/** A starting point shown in the empty editor. */
export function userDataPlaceholder(family: AmiFamily, language: UserDataLanguage): string {
  if (language === 'ini') return '[settings.kubernetes]\nmax-pods = 110';
  if (language === 'powershell') return 'Write-Host "before the EKS bootstrap"';
  if (family === 'AL2023') {
    return 'apiVersion: node.eks.aws/v1alpha1\nkind: NodeConfig\nspec:\n  kubelet:\n    config:\n      maxPods: 110';
  }
  return '#!/bin/bash\necho "before the EKS bootstrap"';
}
