import type { ResourceKind } from '../domain/design/types';

/** How each kind is named and coloured in the panel, matching its node on the canvas. */
const KIND_LABEL: Record<ResourceKind, string> = {
  NodePool: 'NodePool',
  EC2NodeClass: 'EC2NodeClass',
  MigProfile: 'MIG profile',
};

const KIND_CLASS: Record<ResourceKind, string> = {
  NodePool: 'insp-kind--nodepool',
  EC2NodeClass: 'insp-kind--nodeclass',
  MigProfile: 'insp-kind--mig',
};

/** The learn entry of each kind (domain/learn), written out so the inspector's tests see it. */
const KIND_LEARN: Record<ResourceKind, string> = {
  NodePool: 'kind:NodePool',
  EC2NodeClass: 'kind:EC2NodeClass',
  MigProfile: 'kind:MigProfile',
};

export function kindLabel(kind: ResourceKind): string {
  return KIND_LABEL[kind];
}

export function kindClass(kind: ResourceKind): string {
  return KIND_CLASS[kind];
}

export function kindLearn(kind: ResourceKind): string {
  return KIND_LEARN[kind];
}
