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

export interface DisruptionBudget {
  nodes?: string;
  schedule?: string;
  duration?: string;
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

export interface EC2NodeClassSpec {
  amiSelectorTerms: AmiSelectorTerm[];
  subnetSelectorTerms: SelectorTerm[];
  securityGroupSelectorTerms: SelectorTerm[];
  amiFamily?: string;
  role?: string;
  instanceProfile?: string;
  userData?: string;
  tags?: Record<string, string>;
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
