import { memo, type JSX } from 'react';
import { runCommand } from '../commands/run';
import { showProblem } from '../commands/showProblem';
import { plural } from '../domain/lib/plural';
import type { ResourceId } from '../domain/design/types';
import type { DesignPlan } from '../domain/scheduling/plan/designPlan';
import {
  costSummary,
  dollars,
  SPOT_NOTE,
  unpricedText,
  type CostSummary,
  type PoolCost,
} from '../domain/scheduling/present/costSummary';
import { useDesignStore } from '../store/designStore';
import { selectPlan } from '../store/selectors';
import './plan.css';

const summaries = new WeakMap<DesignPlan['plan'], CostSummary>();

/** The summary of a plan, built once per plan object: the plan is memoised on the design. */
function summaryOf(plan: DesignPlan): CostSummary {
  const cached = summaries.get(plan.plan);
  if (cached) return cached;
  const summary = costSummary(plan);
  summaries.set(plan.plan, summary);
  return summary;
}

const show = (resourceId: ResourceId) =>
  runCommand(showProblem, { resourceId, path: 'spec' }, 'panel');

/** Nodes and on-demand cost per pool and for the design, and the workloads left pending. */
export function PlanSummary(): JSX.Element {
  const view = useDesignStore(selectPlan);
  return (
    <section className="plan" data-testid="plan-summary" aria-label="Plan">
      {view.status === 'none' ? (
        <p className="plan__empty">
          No workloads yet, so nothing to plan. Add one from the palette (<b>Workload</b>) or import
          a Deployment, Job or DaemonSet: its nodes and what they cost show here.
        </p>
      ) : view.status === 'planning' ? (
        <p className="plan__empty" data-testid="plan-planning">
          planning… (loading the instance catalog)
        </p>
      ) : (
        <Summary summary={summaryOf(view)} />
      )}
    </section>
  );
}

const Summary = memo(function Summary({ summary }: { summary: CostSummary }) {
  return (
    <>
      <header className="plan__header">
        <span className="plan__title">Design</span>
        <span data-testid="plan-total" className="plan__total">
          {plural(summary.nodes, 'node')} · {dollars(summary.perHour)}/h ·{' '}
          {dollars(summary.perMonth)}/month
        </span>
        <span className="plan__note">
          on-demand prices, 730 h a month
          {summary.spot ? `; ${SPOT_NOTE}` : ''}
          {summary.unpriced > 0 ? `; ${unpricedText(summary.unpriced)}` : ''}
        </span>
      </header>
      <div className="plan__body">
        <div className="plan__table">
          <table className="plan__pools">
            <thead>
              <tr>
                <th scope="col">NodePool</th>
                <th scope="col">Nodes</th>
                <th scope="col" className="plan__money">
                  Cost
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.pools.map((pool) => (
                <PoolRow key={pool.poolId} pool={pool} />
              ))}
            </tbody>
          </table>
        </div>
        <div className="plan__pending">
          <h3 className="plan__subtitle">
            Pending <span className="plan__count">{summary.pending.length}</span>
          </h3>
          {summary.pending.length === 0 ? (
            <p className="plan__quiet">Every pod has a node.</p>
          ) : (
            <ul className="plan__list">
              {summary.pending.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className="plan__pending-item"
                    data-testid="plan-pending"
                    data-workload={p.name}
                    onClick={() => show(p.id)}
                    title={p.message}
                  >
                    <bdi className="plan__name">{p.name}</bdi>
                    <span className="plan__pods">
                      {p.pending} of {plural(p.replicas, 'pod')}
                    </span>
                    <span className="plan__reason">{p.reason}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </>
  );
});

function PoolRow({ pool }: { pool: PoolCost }) {
  return (
    <tr data-testid="plan-pool" data-pool={pool.pool}>
      <th scope="row">
        <button
          type="button"
          className="plan__name-button"
          title={`Select NodePool ${pool.pool}`}
          onClick={() => show(pool.poolId)}
        >
          <bdi>{pool.pool}</bdi>
        </button>
      </th>
      <td className={pool.nodes === 0 ? 'plan__quiet' : ''}>
        {pool.dropped
          ? `takes no part: ${pool.dropped}`
          : pool.nodes === 0
            ? 'no nodes'
            : pool.groups.map((g, i) => (
                <span key={`${g.instanceType}/${g.capacityType}`} className="plan__group">
                  {i > 0 ? ' + ' : ''}
                  {g.count} × {g.instanceType}
                </span>
              ))}
        {pool.spot ? (
          <span className="plan__tag plan__tag--spot" title={SPOT_NOTE}>
            spot
          </span>
        ) : null}
        {pool.unpriced > 0 ? (
          <span className="plan__tag plan__tag--warn">{unpricedText(pool.unpriced)}</span>
        ) : null}
      </td>
      <td className="plan__money">
        {pool.nodes === 0 ? (
          '–'
        ) : (
          <>
            <div>
              {pool.spot ? '≤ ' : ''}
              {dollars(pool.perHour)}/h
            </div>
            <div className="plan__quiet">{dollars(pool.perMonth)}/month</div>
          </>
        )}
      </td>
    </tr>
  );
}
