import type { EC2NodeClass, NodePool } from '../karpenter/types';

export type ResourceId = string;

export interface Position {
  x: number;
  y: number;
}

export type ResourceKind = 'NodePool' | 'EC2NodeClass' | 'MigProfile';

export interface NodePoolResource {
  id: ResourceId;
  kind: 'NodePool';
  position: Position;
  manifest: NodePool;
  /**
   * The attached MIG profile, by id. Unlike `nodeClassRef` (a name, as in the cluster), a MIG
   * profile exists only in the design, so the link is by identity and its label and taint are
   * derived at export time rather than stored twice.
   */
  migProfileId?: ResourceId;
}

export interface EC2NodeClassResource {
  id: ResourceId;
  kind: 'EC2NodeClass';
  position: Position;
  manifest: EC2NodeClass;
}

export interface MigProfileResource {
  id: ResourceId;
  kind: 'MigProfile';
  position: Position;
  name: string;
  /** The GPU Operator mig-parted layout the pool's nodes get, e.g. `all-1g.10gb`. */
  config: string;
}

export type Resource = NodePoolResource | EC2NodeClassResource | MigProfileResource;

/** What is saved, undone and exported. Selection and viewport live elsewhere. */
export interface Design {
  resources: Readonly<Record<ResourceId, Resource>>;
}

export const EMPTY_DESIGN: Design = { resources: {} };
