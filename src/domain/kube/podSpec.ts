/**
 * A pod template as Kubernetes writes it: a faithful subset of core/v1 `PodSpec`. Every object
 * keeps an index signature, as the Karpenter manifest types do, so a Deployment or DaemonSet
 * imported as it is fits here and fields the designer does not read survive untouched.
 */
import type { Taint } from '../karpenter/model/types';

/** A Kubernetes quantity as written in a manifest: `500m`, `2Gi`, `1`. */
export type Quantity = string | number;

export type ResourceQuantities = Record<string, Quantity>;

export interface ResourceRequirements {
  requests?: ResourceQuantities;
  limits?: ResourceQuantities;
  [key: string]: unknown;
}

export interface ContainerPort {
  containerPort?: number;
  hostPort?: number;
  hostIP?: string;
  protocol?: string;
  [key: string]: unknown;
}

export interface Container {
  name?: string;
  image?: string;
  resources?: ResourceRequirements;
  /** Only `Always` is allowed, on an init container: it makes it a sidecar. */
  restartPolicy?: string;
  ports?: ContainerPort[];
  [key: string]: unknown;
}

/** The pod side of node affinity: operators are Kubernetes' six (`Gte`/`Lte` are Karpenter-only). */
export interface PodNodeSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
  [key: string]: unknown;
}

export interface NodeSelectorTerm {
  matchExpressions?: PodNodeSelectorRequirement[];
  matchFields?: PodNodeSelectorRequirement[];
  [key: string]: unknown;
}

export interface PreferredSchedulingTerm {
  weight: number;
  preference: NodeSelectorTerm;
  [key: string]: unknown;
}

export interface NodeAffinity {
  requiredDuringSchedulingIgnoredDuringExecution?: {
    nodeSelectorTerms: NodeSelectorTerm[];
    [key: string]: unknown;
  };
  preferredDuringSchedulingIgnoredDuringExecution?: PreferredSchedulingTerm[];
  [key: string]: unknown;
}

/** A pod (anti-)affinity term, typed loosely: topology is another helper's concern. */
export type PodAffinityTerm = Record<string, unknown>;

export interface WeightedPodAffinityTerm {
  weight: number;
  podAffinityTerm: PodAffinityTerm;
  [key: string]: unknown;
}

export interface PodAffinity {
  requiredDuringSchedulingIgnoredDuringExecution?: PodAffinityTerm[];
  preferredDuringSchedulingIgnoredDuringExecution?: WeightedPodAffinityTerm[];
  [key: string]: unknown;
}

export interface Affinity {
  nodeAffinity?: NodeAffinity;
  podAffinity?: PodAffinity;
  podAntiAffinity?: PodAffinity;
  [key: string]: unknown;
}

export interface Toleration {
  key?: string;
  /** `Exists` or `Equal` (the default when omitted). */
  operator?: string;
  value?: string;
  /** Empty or omitted matches every effect. */
  effect?: Taint['effect'] | '';
  tolerationSeconds?: number;
  [key: string]: unknown;
}

export interface TopologySpreadConstraint {
  maxSkew: number;
  topologyKey: string;
  /** `DoNotSchedule` or `ScheduleAnyway`; only the latter is relaxed. */
  whenUnsatisfiable: string;
  labelSelector?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  /** Pod-level resources (Kubernetes 1.32+ `PodLevelResources`). */
  resources?: ResourceRequirements;
  /** RuntimeClass overhead, added to the pod's requests. */
  overhead?: ResourceQuantities;
  nodeSelector?: Record<string, string>;
  affinity?: Affinity;
  tolerations?: Toleration[];
  topologySpreadConstraints?: TopologySpreadConstraint[];
  priority?: number;
  priorityClassName?: string;
  [key: string]: unknown;
}

export interface PodTemplate {
  metadata?: {
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: unknown;
  };
  spec: PodSpec;
  [key: string]: unknown;
}
