import type { DisruptionBudget } from '../../karpenter/model/types';
import type { BudgetReason, BudgetVerdict, BudgetWindow } from './consolidationTypes';

/**
 * `intstr.GetScaledValueFromIntOrPercent(nodes, count, roundUp=true)`: an integer as is, a
 * percent of the pool's nodes rounded **up** (core nodepool.go :: Budget.GetAllowedDisruptions).
 * undefined for a value the CRD's pattern refuses (Karpenter then fails closed: 0).
 */
function scaled(nodes: string, count: number): number | undefined {
  const percent = /^(100|[0-9]{1,2})%$/.exec(nodes);
  if (percent) return Math.ceil((Number(percent[1]) * count) / 100);
  if (/^[0-9]+$/.test(nodes)) return Number(nodes);
  return undefined;
}

function describe(nodes: string, count: number, allowed: number): string {
  return nodes.endsWith('%')
    ? `${nodes} of ${count} ${count === 1 ? 'node' : 'nodes'}, rounded up: ${allowed}`
    : `nodes: ${nodes}`;
}

/**
 * What a pool's budgets allow for one reason (spec 4.9, core nodepool.go ::
 * GetAllowedDisruptionsByReason): the minimum over the budgets that list the reason or list
 * none. A budget with `schedule` + `duration` counts only inside its cron window, which is not
 * evaluated here: it is reported as a window instead.
 */
export function budgetFor(
  budgets: readonly DisruptionBudget[],
  nodeCount: number,
  reason: BudgetReason,
): BudgetVerdict {
  let allowed: number | undefined;
  let because = '';
  const windows: BudgetWindow[] = [];
  for (const budget of budgets) {
    if (budget.reasons && !budget.reasons.includes(reason)) continue;
    const nodes = budget.nodes ?? '10%';
    // A value Karpenter cannot read fails closed.
    const value = scaled(nodes, nodeCount) ?? 0;
    if (budget.schedule !== undefined) {
      windows.push({ schedule: budget.schedule, duration: budget.duration ?? '', allowed: value });
      continue;
    }
    if (allowed === undefined || value < allowed) {
      allowed = value;
      because = describe(nodes, nodeCount, value);
    }
  }
  const head =
    allowed === undefined
      ? `no budget limits ${reason} disruptions`
      : allowed === 0
        ? `no ${reason} disruptions allowed (${because})`
        : `at most ${allowed} at once (${because})`;
  const tail = windows.map(
    (w) =>
      `; while "${w.schedule}" is open (${w.duration}): at most ${allowed === undefined ? w.allowed : Math.min(allowed, w.allowed)}`,
  );
  return { reason, allowed, windows, message: `${reason}: ${head}${tail.join('')}` };
}

/** core events.go :: NodePoolBlockedForDisruptionReason. */
export function blockedMessage(reason: BudgetReason): string {
  return `No allowed disruptions for disruption reason ${reason} due to blocking budget`;
}
