import type { EC2NodeClass, NodePool } from '../karpenter/model/types';
import type { WorkloadManifest } from '../kube/workloadManifest';
import type { MigDevices } from '../mig/placement';
import type { MigAdoption, MigProfileResource, Position, ResourceId } from '../mig/migProfile';

export type { Position, ResourceId } from '../mig/migProfile';

/**
 * The YAML a manifest came from (an import, or typing in the YAML panel), so export gives back
 * the user's own text — comments, key order, quoting — and patches it only where the data
 * changed. `data` is the exported manifest that text stands for.
 */
export interface DocumentSource {
  text: string;
  data: unknown;
}

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
  /**
   * Set when an import attached the profile to a pool written otherwise than the designer writes
   * MIG pools: the manifest then keeps the pool's own MIG taint and GPU requirements, and only
   * the label is derived (see mig/migAdoption.ts).
   */
  migAdopted?: MigAdoption;
  source?: DocumentSource;
}

export interface EC2NodeClassResource {
  id: ResourceId;
  kind: 'EC2NodeClass';
  position: Position;
  manifest: EC2NodeClass;
  source?: DocumentSource;
}

/**
 * A workload: a Deployment, Job, DaemonSet... as its manifest, so an imported one exports back
 * as it came. It is not exported with the design unless the user asks (the designer plans where
 * it would run; the cluster's own pipeline deploys it).
 */
export interface WorkloadResource {
  id: ResourceId;
  kind: 'Workload';
  position: Position;
  manifest: WorkloadManifest;
  source?: DocumentSource;
}

/** A change to a profile's fields; `devices: null` goes back to a named layout. */
export type MigProfilePatch = Partial<
  Omit<MigProfileResource, 'id' | 'kind' | 'position' | 'devices'>
> & {
  devices?: MigDevices | null;
};

/**
 * Each kind of resource the designer models, by its `kind`: the one list of kinds. A new kind
 * adds its resource type here and its entry in KINDS (kinds.ts).
 */
export interface ResourceByKind {
  NodePool: NodePoolResource;
  EC2NodeClass: EC2NodeClassResource;
  MigProfile: MigProfileResource;
  Workload: WorkloadResource;
}

export type ResourceKind = keyof ResourceByKind;

export type Resource = ResourceByKind[ResourceKind];

/**
 * A document of another kind (a Deployment, a ConfigMap...) that came in with an import. The
 * designer does not model it; it keeps the text and exports it untouched after its own.
 */
export interface OtherDocument {
  id: ResourceId;
  apiVersion: string;
  kind: string;
  name: string;
  /** The document as it was imported, comments included. */
  text: string;
}

/** What is saved, undone and exported. Selection and viewport live elsewhere. */
export interface Design {
  resources: Readonly<Record<ResourceId, Resource>>;
  /** Other kinds kept from imports, in import order. */
  others?: readonly OtherDocument[];
}

export const EMPTY_DESIGN: Design = { resources: {} };
