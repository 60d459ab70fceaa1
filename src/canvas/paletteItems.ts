import type { ResourceKind } from '../domain/design/types';

export const DRAG_MIME = 'application/x-nodepool-designer-kind';

export interface PaletteItem {
  kind: ResourceKind;
  testId: string;
  label: string;
  hint: string;
}

export const PALETTE_ITEMS: readonly PaletteItem[] = [
  {
    kind: 'NodePool',
    testId: 'palette-nodepool',
    label: 'NodePool',
    hint: 'What nodes you want: requirements, taints, limits, disruption',
  },
  {
    kind: 'EC2NodeClass',
    testId: 'palette-ec2nodeclass',
    label: 'EC2NodeClass',
    hint: 'How instances are built: AMI, IAM role, subnets, security groups',
  },
  {
    kind: 'MigProfile',
    testId: 'palette-migprofile',
    label: 'MIG profile',
    hint: 'A GPU Operator MIG layout a NodePool selects',
  },
];

export function isResourceKind(value: string): value is ResourceKind {
  return PALETTE_ITEMS.some((item) => item.kind === value);
}
