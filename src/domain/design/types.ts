import type { EC2NodeClass, NodePool } from '../karpenter/types';
import type { GpuModelId } from '../mig/gpuModels';
import type { MigDevices } from '../mig/placement';

export type ResourceId = string;

export interface Position {
  x: number;
  y: number;
}

export type ResourceKind = 'NodePool' | 'EC2NodeClass' | 'MigProfile';

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

/**
 * The attached profile's layout, GPU and taint setting when a pool adopted it as it was written.
 * Export keeps the pool's form while the profile still says this; what the user changes since
 * gets the designer's form.
 */
export interface MigAdoption {
  config: string;
  gpu: GpuModelId;
  taint: boolean;
}

export interface EC2NodeClassResource {
  id: ResourceId;
  kind: 'EC2NodeClass';
  position: Position;
  manifest: EC2NodeClass;
  source?: DocumentSource;
}

/**
 * How the device plugin advertises MIG devices, set cluster-wide in the GPU Operator's
 * ClusterPolicy: `single` as `nvidia.com/gpu` (one profile on every GPU of a node), `mixed` as
 * `nvidia.com/mig-<profile>`.
 */
export type MigStrategy = 'single' | 'mixed';

/** Who partitions the GPUs: the GPU Operator's MIG manager, or the EC2NodeClass's userData. */
export type MigApplier = 'gpu-operator' | 'user-data';

export interface MigProfileResource {
  id: ResourceId;
  kind: 'MigProfile';
  position: Position;
  name: string;
  gpu: GpuModelId;
  /**
   * The layout's name: the `nvidia.com/mig.config` label value the pool's nodes get, e.g.
   * `all-1g.10gb`. Without `devices` it names one of NVIDIA's layouts for `gpu`.
   */
  config: string;
  /** A custom mix per GPU, exported as a mig-parted config under `config`. */
  devices?: MigDevices;
  strategy: MigStrategy;
  applyWith: MigApplier;
  /** Taint the pool `nvidia.com/mig.config=<config>:NoSchedule`, so only pods for it land. */
  taint: boolean;
  /** Export NodeOverlays telling Karpenter how many MIG devices each instance type offers. */
  nodeOverlay: boolean;
}

/** A change to a profile's fields; `devices: null` goes back to a named layout. */
export type MigProfilePatch = Partial<
  Omit<MigProfileResource, 'id' | 'kind' | 'position' | 'devices'>
> & {
  devices?: MigDevices | null;
};

export type Resource = NodePoolResource | EC2NodeClassResource | MigProfileResource;

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
