import type { ConsolidationPolicy } from '../../karpenter/model/types';
import type { LaunchCapacityType } from '../pools/allows';

/** What changed in the workloads the plan was made for. */
export type WorkloadChange =
  /** The workload (its index in the plan's input) runs `replicas` from now on. */
  { kind: 'scale'; workload: number; replicas: number } | { kind: 'remove'; workload: number };

/** Karpenter's feature gates that change consolidation, named as in `--feature-gates`. */
export interface FeatureGates {
  /** core pkg/operator/options/options.go: default false (spec 4.7). */
  SpotToSpotConsolidation: boolean;
}

export interface ConsolidationOptions {
  featureGates?: Partial<FeatureGates>;
}

/** The reasons budgets are written for (`budgets[].reasons`); Drifted is not simulated. */
export type BudgetReason = 'Empty' | 'Underutilized';

export interface BudgetWindow {
  schedule: string;
  duration: string;
  /** What the budget allows while its window is open (undefined: no number, the budget is invalid). */
  allowed: number;
}

/** What a pool's budgets allow for one reason (spec 4.9). */
export interface BudgetVerdict {
  reason: BudgetReason;
  /** At most this many nodes disrupted at once outside any scheduled window; undefined: no limit. */
  allowed: number | undefined;
  /** Budgets with `schedule` + `duration`: they only count inside their window, not evaluated here. */
  windows: readonly BudgetWindow[];
  /** "at most 1 at once (10% of 3 nodes, rounded up)". */
  message: string;
}

/**
 * Which spot-to-spot rule decided (spec 4.7), when every candidate is spot and the replacement
 * may be spot: the feature gate is off; no cheaper type; fewer than 15 cheaper types (single
 * node only); or the replacement goes ahead.
 */
export type SpotToSpot = 'disabled' | 'no-cheaper-type' | 'too-few-cheaper-types' | 'replaced';

export interface Replacement {
  instanceType: string;
  capacityType: LaunchCapacityType;
  /** On-demand USD per hour of the replacement's cheapest type (the ceiling for spot). */
  pricePerHour: number;
  savingsPerHour: number;
  /** How many instance types the replacement NodeClaim would launch from. */
  instanceTypes: number;
}

export interface NodeConsolidation {
  node: string;
  pool: string;
  instanceType: string;
  capacityType: LaunchCapacityType;
  pricePerHour: number | undefined;
  /** Pods the change takes off the node. */
  podsRemoved: number;
  /** Non-DaemonSet pods once the change landed (for a replacement: the pods it starts with). */
  podsLeft: number;
  /** Non-DaemonSet pods once consolidation is done: 0 for a node that goes. */
  podsAfter: number;
  state: 'empty' | 'underutilized' | 'kept';
  action: 'delete' | 'replace' | 'none';
  replacement?: Replacement;
  /** Karpenter's wording where it has one (its Unconsolidatable events), else plain words. */
  reason: string;
  /** When the action may happen: the pool's consolidateAfter. */
  when: string;
  /** The budget that governs the action (Empty or Underutilized). */
  budget: string;
  /** The order Karpenter would act in, from 1; undefined when nothing happens. */
  step?: number;
  /** The node was created by an earlier step of this consolidation (a replacement). */
  replacementFor?: string;
  /** The verdict rests on a guess (spot prices compared at the on-demand ceiling). */
  uncertain?: boolean;
  spotToSpot?: SpotToSpot;
}

export interface PoolConsolidation {
  pool: string;
  policy: ConsolidationPolicy;
  /** `spec.disruption.consolidateAfter` as Karpenter reads it (`Never`, `0s`, `5m`...). */
  consolidateAfter: string;
  when: string;
  nodes: number;
  /** The pool's nodes by state once the change landed and consolidation settled. */
  states: Readonly<Record<NodeConsolidation['state'], number>>;
  budgets: Readonly<Record<BudgetReason, BudgetVerdict>>;
  deleted: number;
  replaced: number;
  savingsPerHour: number;
  /** "2 of 3 nodes go (1 empty, 1 underutilized), saving $0.1920/h". */
  summary: string;
  notes: readonly string[];
}

export interface ScaleDown {
  workload: number;
  name: string;
  from: number;
  to: number;
  /** Pods that never got a node go first (they are unassigned). */
  pendingRemoved: number;
  removed: readonly { node: string; pods: number }[];
  /** How the pods were chosen, said as a model. */
  model: string;
}

export interface ConsolidationResult {
  /** The consolidation methods simulated, in Karpenter's order (spec 4.1, 4.8). */
  method: 'multi-node and single-node consolidation';
  scaleDown: ScaleDown;
  nodes: readonly NodeConsolidation[];
  pools: readonly PoolConsolidation[];
  savingsPerHour: number;
  /** Decisions use requests only (spec 4.6): the line for the UI. */
  requestsVersusLimits: string;
  notes: readonly string[];
}
