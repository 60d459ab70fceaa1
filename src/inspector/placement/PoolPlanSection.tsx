import './placement.css';
import { memo, useState, type JSX } from 'react';
import type { NodePoolResource } from '../../domain/design/types';
import { formatAmount } from '../../domain/lib/quantity';
import { REQUESTS_VERSUS_LIMITS } from '../../domain/scheduling/pods/requestsVsLimits';
import type { LimitUse, PoolPlanView } from '../../domain/scheduling/present/poolPlanView';
import { poolPlanView } from '../../domain/scheduling/present/poolPlanView';
import { useDesignStore } from '../../store/designStore';
import { selectPlan } from '../../store/selectors';
import { Section } from '../fields/Section';
import { NodeUsageView } from './NodeUsageView';
import { LearnLink } from './LearnLink';
import { RevealLink } from './RevealLink';

/** Kinds of node shown before "show all": a pool of 50 nodes should not push the form away. */
const GROUPS_SHOWN = 5;

/** What the DaemonSets take on the pool's first node, e.g. " (cpu 200m, memory 256Mi per node)". */
function overhead(planned: PoolPlanView): string {
  const node = planned.nodeGroups[0]?.usage.node;
  if (!node) return '';
  const parts = Object.entries(node.daemonOverhead)
    .filter(([r, v]) => r !== 'pods' && v > 0)
    .map(([r, v]) => `${r} ${formatAmount(r, v)}`);
  return parts.length > 0 ? ` (${parts.join(', ')} per node)` : '';
}

/**
 * The reverse of a workload's Placement section: what the selected NodePool would launch for the
 * design's workloads, how full each node and each limit is, or why it takes no part.
 */
export const PoolPlanSection = memo(function PoolPlanSection({
  pool,
}: {
  pool: NodePoolResource;
}): JSX.Element {
  const view = useDesignStore(selectPlan);
  const planned = view.status === 'ready' ? poolPlanView(view, pool.id) : undefined;
  return (
    <Section
      title="Planned workloads"
      count={planned?.workloads.length}
      collapsed={view.status === 'none'}
    >
      <div className="plc" data-testid="pool-plan">
        {view.status === 'none' ? (
          <p className="insp-hint">
            No workloads in the design. Add one from the palette (Workload) to see what this pool
            would launch for it.
          </p>
        ) : view.status === 'planning' ? (
          <p className="insp-hint">planning… (the instance types are loading)</p>
        ) : planned ? (
          <PoolPlanBody poolId={pool.id} planned={planned} />
        ) : (
          <p className="insp-hint">Not planned.</p>
        )}
      </div>
    </Section>
  );
});

function PoolPlanBody({
  poolId,
  planned,
}: {
  poolId: NodePoolResource['id'];
  planned: PoolPlanView;
}): JSX.Element {
  const [all, setAll] = useState(false);
  if (planned.dropped) {
    const { dropped } = planned;
    return (
      <div className="plc-dropped" data-testid="pool-plan-dropped">
        {dropped.path ? (
          <RevealLink resourceId={poolId} path={dropped.path} className="plc-reason">
            Takes no part: {dropped.explanation}
          </RevealLink>
        ) : (
          <span className="plc-reason">Takes no part: {dropped.explanation}</span>
        )}
        {dropped.fix ? <span className="plc-fix">{dropped.fix}</span> : null}
        <span className="plc-message">{dropped.message}</span>
      </div>
    );
  }
  const groups = all ? planned.nodeGroups : planned.nodeGroups.slice(0, GROUPS_SHOWN);
  return (
    <>
      {planned.workloads.length === 0 ? (
        <p className="insp-hint">
          Takes no workload: each goes to another pool or stays pending (see a workload’s Placement
          section for why).
        </p>
      ) : (
        <ul className="plc-takes" aria-label="Workloads this pool takes">
          {planned.workloads.map((w) => (
            <li key={w.id} data-testid="pool-plan-workload" data-workload={w.name}>
              <RevealLink resourceId={w.id} path="metadata.name" className="plc-pool">
                {w.name}
              </RevealLink>
              <span className="plc-muted">
                {w.pods} {w.pods === 1 ? 'pod' : 'pods'}
              </span>
            </li>
          ))}
        </ul>
      )}
      {planned.daemonSets.length > 0 ? (
        <p className="insp-hint">
          DaemonSets on every node: {planned.daemonSets.join(', ')}
          {overhead(planned)} set aside before pods fit.
        </p>
      ) : null}
      {planned.nodeCount > 0 ? (
        <>
          <p className="plc-summary">
            {planned.nodeCount} {planned.nodeCount === 1 ? 'node' : 'nodes'}
            {planned.pricePerHour > 0 ? ` · ~$${planned.pricePerHour.toFixed(2)}/h on-demand` : ''}
            {planned.unpriced > 0 ? ` · ${planned.unpriced} unpriced` : ''}
          </p>
          <p className="insp-hint">
            {REQUESTS_VERSUS_LIMITS} <LearnLink entry="model:requests-limits" />
          </p>
          <ol className="plc-nodes">
            {groups.map((group) => (
              <NodeUsageView key={group.usage.node.id} usage={group.usage} count={group.count} />
            ))}
          </ol>
          {planned.nodeGroups.length > GROUPS_SHOWN ? (
            <button type="button" className="insp-button" onClick={() => setAll(!all)}>
              {all ? 'Show fewer' : `Show all ${planned.nodeGroups.length} kinds of node`}
            </button>
          ) : null}
        </>
      ) : null}
      {planned.limits.length > 0 ? <LimitBars limits={planned.limits} poolId={poolId} /> : null}
      {planned.notes.map((note) => (
        <p key={note.text} className="insp-hint">
          {note.uncertain ? <span className="plc-uncertain">uncertain</span> : null} {note.text}
        </p>
      ))}
    </>
  );
}

function LimitBars({
  limits,
  poolId,
}: {
  limits: readonly LimitUse[];
  poolId: NodePoolResource['id'];
}): JSX.Element {
  return (
    <div className="plc-limits" data-testid="pool-plan-limits">
      <RevealLink resourceId={poolId} path="spec.limits" className="plc-subtitle">
        Limits used by the plan
      </RevealLink>
      {limits.map((l) => {
        const share = l.limit > 0 ? l.used / l.limit : 1;
        return (
          <div key={l.resource} className="plc-bar-line">
            <span className="plc-bar-label">{l.resource}</span>
            <span className="plc-bar" aria-hidden="true">
              <span
                className={`plc-bar-fill${share >= 1 ? ' plc-bar-fill--full' : ''}`}
                style={{ width: `${Math.min(100, share * 100)}%` }}
              />
            </span>
            <span className="plc-bar-value">
              {formatAmount(l.resource, l.used)} of {formatAmount(l.resource, l.limit)}
            </span>
          </div>
        );
      })}
      <p className="insp-hint">Limits count the nodes’ capacity, not the pods’ requests.</p>
      {limits
        .filter((l) => l.reserved > l.used)
        .map((l) => (
          <p key={l.resource} className="insp-hint">
            While it provisions, Karpenter counts each new NodeClaim at the largest type it may
            still launch: {formatAmount(l.resource, l.reserved)} of{' '}
            {formatAmount(l.resource, l.limit)} {l.resource} held, which is what refuses more nodes
            in one batch.
          </p>
        ))}
    </div>
  );
}
