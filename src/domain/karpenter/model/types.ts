/**
 * Karpenter v1 manifest shapes (karpenter.sh/v1 NodePool, karpenter.k8s.aws/v1 EC2NodeClass),
 * written from the v1.14 CRDs. Every object keeps an index signature so fields this version of
 * the designer does not model (a newer Karpenter) survive a round trip untouched.
 */

export type Unknown = Record<string, unknown>;

export interface ObjectMeta {
  name: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  [key: string]: unknown;
}

export type TaintEffect = 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';

export interface Taint {
  key: string;
  value?: string;
  effect: TaintEffect;
  [key: string]: unknown;
}

export type RequirementOperator =
  'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt' | 'Gte' | 'Lte';

export interface NodeSelectorRequirement {
  key: string;
  operator: RequirementOperator;
  values?: string[];
  minValues?: number;
  [key: string]: unknown;
}

export interface NodeClassReference {
  group: string;
  kind: string;
  name: string;
  [key: string]: unknown;
}

export type ConsolidationPolicy = 'WhenEmpty' | 'WhenEmptyOrUnderutilized' | 'Balanced';

/** The disruption methods a budget may be limited to (`budgets[].reasons` enum). */
export const DISRUPTION_REASONS = ['Underutilized', 'Empty', 'Drifted'] as const;

export interface DisruptionBudget {
  nodes?: string;
  schedule?: string;
  duration?: string;
  /** Typed loosely: a newer Karpenter's reason must survive an import. */
  reasons?: string[];
  [key: string]: unknown;
}

export interface Disruption {
  consolidationPolicy?: ConsolidationPolicy;
  consolidateAfter?: string;
  budgets?: DisruptionBudget[];
  [key: string]: unknown;
}

export interface NodeClaimTemplateSpec {
  nodeClassRef: NodeClassReference;
  requirements: NodeSelectorRequirement[];
  taints?: Taint[];
  startupTaints?: Taint[];
  expireAfter?: string;
  terminationGracePeriod?: string;
  [key: string]: unknown;
}

export interface NodeClaimTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> } & Unknown;
  spec: NodeClaimTemplateSpec;
  [key: string]: unknown;
}

export interface NodePoolSpec {
  template: NodeClaimTemplate;
  disruption?: Disruption;
  limits?: Record<string, string | number>;
  weight?: number;
  replicas?: number;
  [key: string]: unknown;
}

export interface NodePool {
  apiVersion: 'karpenter.sh/v1';
  kind: 'NodePool';
  metadata: ObjectMeta;
  spec: NodePoolSpec;
  [key: string]: unknown;
}

/*
 * Enumerated fields below are typed as string, as `amiFamily` is: the CRD's values are the
 * constant lists beside them, and an imported value this version does not know must survive
 * (and be flagged by validation) rather than be typed away.
 */

/** `spec.amiFamily`'s enum: the user data format and default block devices Karpenter uses. */
export const AMI_FAMILIES = [
  'AL2023',
  'Bottlerocket',
  'AL2',
  'Windows2022',
  'Windows2025',
  'Windows2019',
  'Custom',
] as const;

export interface SelectorTerm {
  tags?: Record<string, string>;
  id?: string;
  name?: string;
  [key: string]: unknown;
}

export interface AmiSelectorTerm extends SelectorTerm {
  alias?: string;
  owner?: string;
  ssmParameter?: string;
}

export const INSTANCE_MATCH_CRITERIA = ['open', 'targeted'] as const;

export interface CapacityReservationSelectorTerm {
  tags?: Record<string, string>;
  id?: string;
  ownerID?: string;
  instanceMatchCriteria?: string;
  [key: string]: unknown;
}

export const VOLUME_TYPES = ['gp3', 'gp2', 'io2', 'io1', 'st1', 'sc1', 'standard'] as const;

export interface BlockDevice {
  deleteOnTermination?: boolean;
  encrypted?: boolean;
  iops?: number;
  kmsKeyID?: string;
  snapshotID?: string;
  throughput?: number;
  volumeInitializationRate?: number;
  /** A quantity in Gi, G, Ti or T, e.g. `100Gi`. */
  volumeSize?: string;
  volumeType?: string;
  [key: string]: unknown;
}

export interface BlockDeviceMapping {
  deviceName?: string;
  ebs?: BlockDevice;
  rootVolume?: boolean;
  [key: string]: unknown;
}

/** The kubelet's eviction signals the CRD accepts as keys of the eviction maps. */
export const EVICTION_SIGNALS = [
  'memory.available',
  'nodefs.available',
  'nodefs.inodesFree',
  'imagefs.available',
  'imagefs.inodesFree',
  'pid.available',
] as const;

/** The resources the CRD accepts as keys of `systemReserved` and `kubeReserved`. */
export const RESERVED_RESOURCES = ['cpu', 'memory', 'ephemeral-storage', 'pid'] as const;

export interface KubeletConfiguration {
  clusterDNS?: string[];
  cpuCFSQuota?: boolean;
  evictionHard?: Record<string, string>;
  evictionMaxPodGracePeriod?: number;
  evictionSoft?: Record<string, string>;
  evictionSoftGracePeriod?: Record<string, string>;
  imageGCHighThresholdPercent?: number;
  imageGCLowThresholdPercent?: number;
  kubeReserved?: Record<string, string>;
  maxPods?: number;
  podsPerCore?: number;
  systemReserved?: Record<string, string>;
  [key: string]: unknown;
}

export const ENABLED_OR_DISABLED = ['enabled', 'disabled'] as const;
export const HTTP_TOKENS = ['required', 'optional'] as const;

export interface MetadataOptions {
  httpEndpoint?: string;
  httpProtocolIPv6?: string;
  httpPutResponseHopLimit?: number;
  httpTokens?: string;
  [key: string]: unknown;
}

export const INTERFACE_TYPES = ['interface', 'efa-only'] as const;

export interface NetworkInterface {
  deviceIndex: number;
  networkCardIndex: number;
  interfaceType: string;
  [key: string]: unknown;
}

export interface ConnectionTracking {
  tcpEstablishedTimeout?: number;
  udpStreamTimeout?: number;
  udpTimeout?: number;
  [key: string]: unknown;
}

export interface CPUOptions {
  nestedVirtualization?: string;
  [key: string]: unknown;
}

export interface PlacementGroupSelector {
  id?: string;
  name?: string;
  [key: string]: unknown;
}

export interface EC2NodeClassSpec {
  amiSelectorTerms: AmiSelectorTerm[];
  subnetSelectorTerms: SelectorTerm[];
  securityGroupSelectorTerms: SelectorTerm[];
  amiFamily?: string;
  role?: string;
  instanceProfile?: string;
  userData?: string;
  tags?: Record<string, string>;
  associatePublicIPAddress?: boolean;
  blockDeviceMappings?: BlockDeviceMapping[];
  capacityReservationSelectorTerms?: CapacityReservationSelectorTerm[];
  connectionTracking?: ConnectionTracking;
  /** A reserved field of the EC2 Fleet API, passed through as is. */
  context?: string;
  cpuOptions?: CPUOptions;
  detailedMonitoring?: boolean;
  instanceStorePolicy?: string;
  ipPrefixCount?: number;
  kubelet?: KubeletConfiguration;
  metadataOptions?: MetadataOptions;
  networkInterfaces?: NetworkInterface[];
  placementGroupSelector?: PlacementGroupSelector;
  [key: string]: unknown;
}

export interface EC2NodeClass {
  apiVersion: 'karpenter.k8s.aws/v1';
  kind: 'EC2NodeClass';
  metadata: ObjectMeta;
  spec: EC2NodeClassSpec;
  [key: string]: unknown;
}

export const NODEPOOL_API_VERSION = 'karpenter.sh/v1';
export const EC2NODECLASS_API_VERSION = 'karpenter.k8s.aws/v1';
export const EC2NODECLASS_GROUP = 'karpenter.k8s.aws';
export const EC2NODECLASS_KIND = 'EC2NodeClass';
