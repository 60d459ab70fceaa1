import type { Design, ResourceId } from '../../design/types';
import type { InstanceCatalog } from '../../karpenter/catalog/instanceType';
import type { ConsolidationPolicy } from '../../karpenter/model/types';
import { plural } from '../../lib/plural';
import { consolidate } from '../consolidation/consolidate';
import type {
  ConsolidationResult,
  NodeConsolidation,
  PoolConsolidation,
} from '../consolidation/consolidationTypes';
import { infrastructureOf } from '../../design/infrastructure';
import type { DesignPlan } from '../plan/designPlan';
import { workloadOf } from '../pods/workload';
import { dollars } from './costSummary';

/** What each policy lets Karpenter do, in a line (core pkg/apis/v1/nodepool.go, spec 4.1-4.8). */
const POLICY_TEXT: Readonly<Record<ConsolidationPolicy, string>> = {
  WhenEmpty: 'WhenEmpty: only nodes left with no pods (DaemonSets aside) go',
  WhenEmptyOrUnderutilized:
    'WhenEmptyOrUnderutilized: empty nodes go, and nodes whose pods fit elsewhere or on a cheaper node',
  Balanced:
    'Balanced: as WhenEmptyOrUnderutilized, but a move goes only if its share of the pool’s cost saved is at least half its share of the pool’s disruption',
};

export type NodeFate = 'goes' | 'replaced' | 'stays' | 'new';

export interface NodeLine {
  node: string;
  instanceType: string;
  capacityType: string;
  fate: NodeFate;
  /** "goes (empty)", "replaced by m5.xlarge: saves $0.576/h", "stays", "new, for general-1". */
  verdict: string;
  /** "6 → 2 pods": the pods on it before the scale-down, and once consolidation is done. */
  pods: string;
  /** Why, in Karpenter's words where it has them (its Unconsolidatable events). */
  reason: string;
  /** The order Karpenter acts in, from 1. */
  step?: number;
  /** Spot compared at its on-demand ceiling: the verdict is a guess. */
  uncertain: boolean;
}

export interface PoolView {
  pool: string;
  policy: string;
  /** When the pool acts: its consolidateAfter. */
  when: string;
  /** How many nodes may go at once, from its budgets. */
  budgets: readonly string[];
  summary: string;
  nodes: readonly NodeLine[];
  notes: readonly string[];
}

export interface ConsolidationView {
  from: number;
  to: number;
  /** "Scaling web from 6 to 2: 1 node replaced, saving $0.576/h." */
  headline: string;
  savingsPerHour: number;
  /** The pools the scale-down touches (a pod taken off one of their nodes, or an action). */
  pools: readonly PoolView[];
  requestsVersusLimits: string;
  /** How the preview is modelled, and caveats that depend on its outcome. */
  notes: readonly string[];
}

function verdictOf(n: NodeConsolidation): { fate: NodeFate; verdict: string } {
  if (n.replacementFor && n.action === 'none')
    return { fate: 'new', verdict: `new, replaces ${n.replacementFor}` };
  if (n.action === 'delete')
    return { fate: 'goes', verdict: n.state === 'empty' ? 'goes (empty)' : 'goes (underutilized)' };
  if (n.action === 'replace' && n.replacement)
    return {
      fate: 'replaced',
      verdict: `replaced by ${n.replacement.instanceType} (${n.replacement.capacityType}): saves ${dollars(n.replacement.savingsPerHour)}/h`,
    };
  return { fate: 'stays', verdict: 'stays' };
}

function nodeLine(n: NodeConsolidation): NodeLine {
  const before = n.podsLeft + n.podsRemoved;
  return {
    node: n.node,
    instanceType: n.instanceType,
    capacityType: n.capacityType,
    ...verdictOf(n),
    pods:
      before === n.podsAfter
        ? plural(n.podsAfter, 'pod')
        : `${before} → ${plural(n.podsAfter, 'pod')}`,
    reason: n.reason,
    ...(n.step === undefined ? {} : { step: n.step }),
    uncertain: n.uncertain === true,
  };
}

function poolView(pool: PoolConsolidation, nodes: readonly NodeConsolidation[]): PoolView {
  const budgets = [pool.budgets.Empty, pool.budgets.Underutilized].map((b) =>
    b.windows.length > 0
      ? `${b.message}; ${plural(b.windows.length, 'scheduled budget')} not evaluated`
      : b.message,
  );
  return {
    pool: pool.pool,
    policy: POLICY_TEXT[pool.policy],
    when: pool.when,
    budgets,
    summary: pool.summary,
    nodes: nodes.map(nodeLine),
    notes: pool.notes,
  };
}

function headline(result: ConsolidationResult): string {
  const { name, from, to } = result.scaleDown;
  const going = result.nodes.filter((n) => n.action !== 'none');
  const deleted = going.filter((n) => n.action === 'delete').length;
  const replaced = going.length - deleted;
  const scaling = `Scaling ${name} from ${from} to ${to}`;
  if (to >= from) return `${scaling} is no scale-down: no node goes.`;
  if (going.length === 0) return `${scaling}: every node stays.`;
  const parts = [
    deleted > 0 ? `${plural(deleted, 'node')} ${deleted === 1 ? 'goes' : 'go'}` : '',
    replaced > 0 ? `${plural(replaced, 'node')} replaced by cheaper ones` : '',
  ].filter(Boolean);
  return `${scaling}: ${parts.join(', ')}, saving ${dollars(result.savingsPerHour)}/h.`;
}

/** The preview of a consolidation result: the pools it touches and what happens to each node. */
export function consolidationView(result: ConsolidationResult): ConsolidationView {
  const touched = new Set<string>();
  for (const n of result.nodes)
    if (n.podsRemoved > 0 || n.action !== 'none' || n.replacementFor) touched.add(n.pool);
  return {
    from: result.scaleDown.from,
    to: result.scaleDown.to,
    headline: headline(result),
    savingsPerHour: result.savingsPerHour,
    pools: result.pools
      .filter((p) => touched.has(p.pool))
      .map((p) =>
        poolView(
          p,
          result.nodes.filter((n) => n.pool === p.pool),
        ),
      ),
    requestsVersusLimits: result.requestsVersusLimits,
    notes: [
      ...(result.scaleDown.pendingRemoved > 0
        ? [
            `${plural(result.scaleDown.pendingRemoved, 'pending pod')} ${result.scaleDown.pendingRemoved === 1 ? 'goes' : 'go'} first: they had no node.`,
          ]
        : []),
      result.scaleDown.model,
      ...result.notes,
    ].filter(Boolean),
  };
}

/**
 * What consolidation would do if the workload ran `replicas` from now on, without changing the
 * design: the plan as it stands is the cluster before the change. Undefined when the workload
 * is not in the plan (a DaemonSet, or one the plan has not seen).
 */
export function previewScale(
  design: Design,
  plan: DesignPlan,
  catalog: InstanceCatalog,
  id: ResourceId,
  replicas: number,
): ConsolidationView | undefined {
  const index = plan.byId.get(id)?.workload;
  if (index === undefined) return undefined;
  // The same input planOfDesign planned: the engine's pools are cached on infrastructureOf.
  const input = {
    design: infrastructureOf(design),
    workloads: plan.workloads.map(workloadOf),
    catalog,
  };
  return consolidationView(
    consolidate(input, plan.plan, { kind: 'scale', workload: index, replicas }),
  );
}
