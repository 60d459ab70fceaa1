import { plural } from '../domain/lib/plural';
import {
  dollars,
  HOURS_PER_MONTH,
  SPOT_NOTE,
  unpricedText,
} from '../domain/scheduling/present/costSummary';
import { paint, type Paint } from './paint';
import type { Simulation, SimulatedPool, SimulatedWorkload } from './simulation';

function where(item: { file: string; line: number | null }): string {
  return item.line === null ? item.file : `${item.file}:${item.line}`;
}

function workloadLines(w: SimulatedWorkload, paints: Paint): string[] {
  const lines = [`${paints.bold(`${w.namespace}/${w.name}`)} (${w.kind}, ${where(w)})`];
  if (w.pods.total === 0 && !w.pending) lines.push('  no pods to place');
  for (const p of w.placements) {
    lines.push(`  → ${p.pool}: ${plural(p.pods, 'pod')} on ${p.label}`);
  }
  if (w.pending) {
    const waiting = w.pods.total - w.pods.placed;
    lines.push(
      `  ${paints.red('pending')}: ${waiting} of ${plural(w.pods.total, 'pod')}. ${w.reason ?? ''}`.trimEnd(),
    );
  }
  return lines;
}

function poolLine(pool: SimulatedPool): string {
  if (pool.dropped !== null) return `${pool.name}: takes no part: ${pool.dropped}`;
  if (pool.nodes === 0) return `${pool.name}: no nodes`;
  const ceiling = pool.spot ? '≤ ' : '';
  const unpriced = pool.unpriced > 0 ? ` (${unpricedText(pool.unpriced)})` : '';
  return `${pool.name}: ${plural(pool.nodes, 'node')} · ${ceiling}${dollars(pool.costPerHour)}/h · ${dollars(pool.costPerMonth)}/month${unpriced}`;
}

/**
 * `simulate`'s human output: per workload where its pods land or why they wait, the DaemonSets
 * as overhead, per pool its nodes and cost, the design's total as the Plan tab says it, and a
 * summary line.
 */
export function simulationText(result: Simulation, color: boolean): string {
  const paints = paint(color);
  const out: string[] = [];
  for (const m of result.messages) {
    const tone =
      m.severity === 'error' ? paints.red : m.severity === 'warning' ? paints.yellow : paints.cyan;
    const severity = tone(m.severity);
    out.push(`${m.file}:${m.line}:${m.column}: ${severity}: ${m.text}`);
  }
  if (result.messages.length > 0) out.push('');
  if (result.workloads.length + result.daemonSets.length === 0)
    out.push(
      'No workloads in these files: simulate places Deployments, StatefulSets, ReplicaSets, Jobs, CronJobs and Pods, and counts DaemonSets as overhead.',
    );
  for (const w of result.workloads) out.push(...workloadLines(w, paints));
  for (const d of result.daemonSets) {
    const pools = d.pools.length === 0 ? 'no pool’s nodes' : `the nodes of ${d.pools.join(', ')}`;
    out.push(
      `${paints.bold(`${d.namespace}/${d.name}`)} (DaemonSet, ${where(d)})`,
      `  overhead: runs on ${pools}`,
    );
  }
  if (result.pools.length > 0) {
    out.push('', 'NodePools');
    for (const pool of result.pools) out.push(`  ${poolLine(pool)}`);
  }
  const { total } = result;
  const notes = [
    `on-demand prices, ${HOURS_PER_MONTH} h a month`,
    ...(total.spot ? [SPOT_NOTE] : []),
    ...(total.unpriced > 0 ? [unpricedText(total.unpriced)] : []),
  ];
  out.push(
    '',
    `Design: ${plural(total.nodes, 'node')} · ${dollars(total.perHour)}/h · ${dollars(total.perMonth)}/month (${notes.join('; ')})`,
  );
  const pending = result.workloads.filter((w) => w.pending).length;
  const daemonSets =
    result.daemonSets.length > 0
      ? `; ${plural(result.daemonSets.length, 'DaemonSet')} as overhead`
      : '';
  const counts = `${plural(result.workloads.length, 'workload')}: ${result.workloads.length - pending} placed, ${pending} pending${daemonSets}`;
  out.push(pending > 0 ? paints.red(counts) : paints.green(counts));
  return `${out.join('\n')}\n`;
}
