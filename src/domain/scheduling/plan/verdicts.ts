import type { Design } from '../../design/types';
import type { Workload } from '../pods/workload';
import { byKarpenterOrder, type DroppedPool, type PoolTemplate } from '../pools/poolTemplate';
import { checkTemplate, checkTemplateUnused, isRefusal } from './checks';
import { replicasOf } from './replicas';
import { migHint } from './migHint';
import type { PlannedNode } from './plannedNode';
import type { PoolVerdict, WorkloadPlan } from './planTypes';
import type { PreparedPod } from './preparedPod';
import type { Refusal } from './refusal';
import type { Solution } from './solve';

interface VerdictInput {
  design: Design;
  index: number;
  workload: Workload;
  templates: readonly PoolTemplate[];
  dropped: readonly DroppedPool[];
  nodes: readonly PlannedNode[];
  solution: Solution;
  ignored: Refusal | undefined;
  /** Replicas past the plan's cap: pending without being tried. */
  unplanned: number;
  /** The pod before any relaxation; undefined when the workload is ignored. */
  pod: PreparedPod | undefined;
  notes: readonly string[];
}

/** A MIG request no type offers gets the MIG explanation and fix instead of the generic one. */
function withMigHint(
  design: Design,
  template: PoolTemplate,
  pod: PreparedPod,
  refusal: Refusal,
): Refusal {
  if (refusal.check !== 'instance-types') return refusal;
  for (const r of pod.requested) {
    if (template.options.some((o) => (o.allocatable[r] ?? 0) > 0)) continue;
    const hint = migHint(design, r, template.name);
    if (hint) return { ...refusal, ...hint };
  }
  return refusal;
}

function rankNote(
  first: { name: string; weight: number },
  pool: { name: string; weight: number },
): string {
  if (first.weight !== pool.weight) {
    return `"${first.name}" comes first: weight ${first.weight} against ${pool.weight}.`;
  }
  return `"${first.name}" comes first: both have weight ${pool.weight}, and Karpenter breaks ties by name in reverse order.`;
}

/**
 * Spec 1.11 and 7: instance types have no `nodes` capacity, so within one batch Karpenter never
 * counts new NodeClaims against `limits.nodes` (only `nodes: 0` refuses). Read from code, not
 * confirmed: the docs only promise that limits are eventually consistent.
 */
function nodeLimitNotes(
  templates: readonly PoolTemplate[],
  nodes: readonly PlannedNode[],
  pools: ReadonlySet<string>,
): string[] {
  const notes: string[] = [];
  for (const t of templates) {
    const limit = t.limits?.['nodes'];
    if (limit === undefined || !pools.has(t.name)) continue;
    const launched = nodes.filter((n) => n.pool === t.name).length;
    if (launched <= limit) continue;
    notes.push(
      `"${t.name}" launches ${launched} nodes although limits.nodes is ${limit}: Karpenter does not count the NodeClaims of one provisioning batch against limits.nodes (uncertain: read from Karpenter's code; its docs only promise that limits are eventually consistent).`,
    );
  }
  return notes;
}

/** Every pool's verdict for one workload, in Karpenter's order. */
export function verdictsFor(input: VerdictInput): WorkloadPlan {
  const { design, index, workload, templates, dropped, nodes, solution, ignored, pod } = input;
  const byClaim = solution.placed.get(index) ?? new Map<number, number>();
  const podsByPool = new Map<string, number>();
  const onNodes: { node: string; pods: number }[] = [];
  for (const [claim, count] of byClaim) {
    const node = nodes[claim];
    if (!node) continue;
    onNodes.push({ node: node.id, pods: count });
    podsByPool.set(node.pool, (podsByPool.get(node.pool) ?? 0) + count);
  }
  const placed = [...podsByPool.values()].reduce((a, b) => a + b, 0);
  const replicas = replicasOf(workload);
  const pendingCount = ignored
    ? replicas
    : (solution.pending.get(index)?.count ?? 0) + input.unplanned;

  const all: { name: string; weight: number; template?: PoolTemplate; dropped?: DroppedPool }[] = [
    ...templates.map((t) => ({ name: t.name, weight: t.weight, template: t })),
    ...dropped.map((d) => ({ name: d.name, weight: d.weight, dropped: d })),
  ].sort(byKarpenterOrder);
  const firstWithPods = all.find((p) => (podsByPool.get(p.name) ?? 0) > 0);
  let most: string | undefined;
  for (const p of all) {
    if ((podsByPool.get(p.name) ?? 0) > (most ? (podsByPool.get(most) ?? 0) : 0)) most = p.name;
  }

  const pending = solution.pending.get(index);
  const judge = (): PoolVerdict[] =>
    all.map((p, position) => {
      const poolId = p.template?.resourceId ?? p.dropped?.resourceId ?? '';
      const base = { poolId, pool: p.name, pods: podsByPool.get(p.name) ?? 0 };
      if (!p.template) {
        return { ...base, verdict: 'refused', refusal: p.dropped?.refusal };
      }
      if (ignored || !pod) return { ...base, verdict: 'refused', refusal: ignored };
      const template = p.template;
      // Why the pool took none of the pods left pending, as the last attempt saw it.
      const rest = pending?.refusals.find((r) => r.pool === template)?.refusal;
      if (base.pods > 0) {
        const note =
          firstWithPods && firstWithPods.name !== p.name
            ? `Takes the pods "${firstWithPods.name}" could not.`
            : undefined;
        return {
          ...base,
          verdict: 'chosen',
          ...(note ? { note } : {}),
          ...(rest ? { refusal: withMigHint(design, template, pod, rest) } : {}),
        };
      }
      const fresh = checkTemplateUnused(template, pod);
      if (isRefusal(fresh)) {
        return { ...base, verdict: 'refused', refusal: withMigHint(design, template, pod, fresh) };
      }
      if (rest) {
        // A fresh NodeClaim would take the pod: what refused the pending ones is this plan's doing.
        const refusal =
          rest.check === 'limits'
            ? {
                ...rest,
                explanation: `${rest.explanation} Other nodes of this plan used the limits up.`,
              }
            : withMigHint(design, template, pod, rest);
        return { ...base, verdict: 'refused', refusal };
      }
      const firstPosition = firstWithPods ? all.indexOf(firstWithPods) : Number.POSITIVE_INFINITY;
      const left = solution.remaining.get(template.name);
      // Only a pool that ranks first yet got no pods needs the plan's own limits to explain it.
      if (left && firstPosition > position) {
        const now = checkTemplate(template, pod, left);
        if (isRefusal(now) && now.check === 'limits') {
          return {
            ...base,
            verdict: 'refused',
            refusal: {
              ...now,
              explanation: `${now.explanation} Other nodes of this plan used the limits up.`,
            },
          };
        }
      }
      if (!firstWithPods) {
        return {
          ...base,
          verdict: 'outranked',
          note: 'The pool would take the pod, but the plan placed none of its replicas.',
        };
      }
      const note =
        firstPosition < position
          ? rankNote(firstWithPods, p)
          : `Its pods fit on nodes already planned for "${firstWithPods.name}": Karpenter fills the NodeClaims it is about to launch before it opens new ones, even from a lower-weight pool.`;
      return { ...base, verdict: 'outranked', note };
    });

  let verdicts: PoolVerdict[] | undefined;
  return {
    workload: index,
    name: workload.name,
    replicas,
    placed,
    pending: pendingCount,
    ...(most ? { pool: most } : {}),
    nodes: onNodes,
    // Judged when read (the selected workload's Placement section, a pending pod's reason): a
    // keystroke re-plans 100 workloads without explaining 2,000 pool choices nobody looks at.
    get verdicts() {
      return (verdicts ??= judge());
    },
    relaxed: solution.relaxed.get(index) ?? pending?.relaxed ?? [],
    ...(ignored ? { ignored } : {}),
    notes: [...input.notes, ...nodeLimitNotes(templates, nodes, new Set(podsByPool.keys()))],
  };
}
