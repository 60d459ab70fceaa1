import type { GpuModelId } from './gpuModels';
import type { MigDevices } from './placement';

/** A resource's id in a design (design/types.ts re-exports it, with `Position`). */
export type ResourceId = string;

export interface Position {
  x: number;
  y: number;
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
