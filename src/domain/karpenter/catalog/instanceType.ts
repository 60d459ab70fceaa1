/**
 * One EC2 instance type as Karpenter v1.14.1's AWS provider describes it: the single-valued
 * labels it puts in the type's requirements, and the facts its capacity is computed from
 * (aws pkg/providers/instancetype/types.go :: computeRequirements, computeCapacity). Allocatable
 * is derived from these in allocatable.ts, never stored.
 */
export type Architecture = 'amd64' | 'arm64';

export interface EniFacts {
  /** MaximumNetworkInterfaces of the default network card: what max pods counts, not the total. */
  defaultCardEnis: number;
  ipv4PerEni: number;
  /** Trunk ENI capable: branch ENIs become `vpc.amazonaws.com/pod-eni` capacity. */
  trunking: boolean;
  branchEnis: number;
}

export interface InstanceType {
  name: string;
  /**
   * Every label Karpenter gives the type (the reference page's Labels table): `kubernetes.io/arch`,
   * `node.kubernetes.io/instance-type`, `karpenter.k8s.aws/instance-*`. A well-known key missing
   * here is one the type does not have, which Karpenter writes as DoesNotExist.
   */
  labels: Readonly<Record<string, string>>;
  arch: Architecture;
  family: string;
  size: string;
  vcpus: number;
  /** EC2's `MemoryInfo.SizeInMiB`, before the VM overhead estimate. */
  memoryMiB: number;
  /** Instance store on NVMe, GB; what `instanceStorePolicy: RAID0` turns into ephemeral storage. */
  localNvmeGB?: number;
  /**
   * Extended resources in the type's capacity: `nvidia.com/gpu`, `amd.com/gpu`,
   * `aws.amazon.com/neuron`, `aws.amazon.com/neuroncore`, `vpc.amazonaws.com/efa`.
   * `vpc.amazonaws.com/pod-eni` is derived from `eni`.
   */
  extended: Readonly<Record<string, number>>;
  /** Undefined for the few types missing from Karpenter's generated VPC limits. */
  eni?: EniFacts;
  /** Max pods as the reference page gives it, for the types without `eni`. */
  podsWithoutEniFacts?: number;
  /** On-demand Linux USD per hour in us-east-1; undefined when Karpenter's static table has none. */
  onDemandPrice?: number;
}

export interface CatalogSource {
  karpenter: string;
  providerCommit: string;
  pricesRegion: string;
  pricesGenerated: string;
  types: number;
}

export interface InstanceCatalog {
  source: CatalogSource;
  /** In the reference page's order: by family, then by size. */
  types: readonly InstanceType[];
  byName: ReadonlyMap<string, InstanceType>;
}
