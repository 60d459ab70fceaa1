import './placement.css';
import { memo, useMemo, type JSX } from 'react';
import type { Design, WorkloadResource } from '../../domain/design/types';
import { podSpecOf } from '../../domain/kube/workloadManifest';
import {
  daemonSetPools,
  placementRows,
  type PlacementRow,
} from '../../domain/scheduling/present/placementRows';
import { useDesignStore } from '../../store/designStore';
import { selectPlan } from '../../store/selectors';
import { Section } from '../fields/Section';
import { CodeText } from './CodeText';
import { applyPlacementFix } from '../../commands/applyPlacementFix';
import { runCommand } from '../../commands/run';
import type { PlacementRemedy } from '../../domain/scheduling/plan/remedy';

/** What the one-click fix button says it will do. */
const REMEDY_LABEL: Record<PlacementRemedy['kind'], string> = {
  'enable-node-overlay': 'Turn on the NodeOverlay export',
  'use-mixed-strategy': 'Use the mixed strategy with NodeOverlays',
};
import { RevealLink } from './RevealLink';
import { sameData } from '../../domain/lib/sameData';

const VERDICT_LABEL: Record<PlacementRow['verdict'], string> = {
  chosen: 'chosen',
  outranked: 'outranked',
  refused: 'refused',
};

/**
 * "Why not" for the selected workload: every NodePool in Karpenter's order with its verdict,
 * the reason in plain words and the fix; clicking a reason selects the pool and shows the field.
 */
export const PlacementSection = memo(function PlacementSection({
  workload,
}: {
  workload: WorkloadResource;
}): JSX.Element {
  const view = useDesignStore(selectPlan);
  const design = useDesignStore((state) => state.design);
  return (
    <Section title="Placement">
      <div data-testid="placement" className="plc">
        <PlacementBody view={view} design={design} workload={workload} />
      </div>
    </Section>
  );
});

function PlacementBody({
  view,
  design,
  workload,
}: {
  view: ReturnType<typeof selectPlan>;
  design: Design;
  workload: WorkloadResource;
}): JSX.Element {
  const spec = podSpecOf(workload.manifest);
  const plan = view.status === 'ready' ? view.byId.get(workload.id) : undefined;
  const rows = useMemo(
    () => (view.status === 'ready' && plan ? placementRows(design, view.plan, plan, spec) : []),
    [view, plan, design, spec],
  );
  if (view.status !== 'ready') {
    return (
      <p className="insp-hint" data-testid="placement-planning">
        planning… (the instance types are loading)
      </p>
    );
  }
  if (workload.manifest.kind === 'DaemonSet') {
    const pools = daemonSetPools(view, workload.id) ?? [];
    return (
      <>
        <p className="insp-hint">
          A DaemonSet is not placed: it runs one pod on every node it tolerates and selects, and
          Karpenter sets its requests aside on each node before other pods fit.
        </p>
        <p className="plc-summary" data-testid="placement-daemonset">
          {pools.length > 0
            ? `Runs on the nodes of ${pools.map((p) => `"${p}"`).join(', ')}.`
            : 'Runs on no pool’s nodes: no pool’s taints and requirements admit it.'}
        </p>
      </>
    );
  }
  if (!plan) return <p className="insp-hint">Not planned.</p>;
  return (
    <>
      <p className={`plc-summary${plan.pending > 0 ? ' plc-summary--pending' : ''}`}>
        {summary(plan.placed, plan.pending, plan.replicas)}
      </p>
      {plan.ignored ? <p className="insp-hint">{plan.ignored.message}</p> : null}
      <ol className="plc-rows">
        {rows.map((row) => (
          <PlacementRowView key={row.poolId || row.pool} row={row} />
        ))}
      </ol>
      {plan.relaxed.length > 0 ? (
        <p className="insp-hint">Relaxed before it fit: {plan.relaxed.join('; ')}.</p>
      ) : null}
      {plan.notes.map((note) => (
        <p key={note} className="insp-hint">
          {note}
        </p>
      ))}
    </>
  );
}

function summary(placed: number, pending: number, replicas: number): string {
  if (replicas === 0) return 'No replicas: nothing to place.';
  if (pending === 0) return replicas === 1 ? 'Its pod lands.' : `All ${replicas} pods land.`;
  if (placed === 0) {
    return replicas === 1
      ? 'Pending: its pod lands on no pool.'
      : `Pending: none of its ${replicas} pods lands.`;
  }
  return `${placed} of ${replicas} pods land; ${pending} stay pending.`;
}

/** Redrawn only when its row reads differently: a keystroke re-plans but changes a row or two. */
const PlacementRowView = memo(
  function PlacementRowView({ row }: { row: PlacementRow }): JSX.Element {
    return (
      <li
        className={`plc-row plc-row--${row.verdict}`}
        data-testid="placement-row"
        data-pool={row.pool}
        data-verdict={row.verdict}
      >
        <div className="plc-row-head">
          <RevealLink
            resourceId={row.poolId}
            path="metadata.name"
            className="plc-pool"
            title={`Select NodePool ${row.pool}`}
          >
            {row.pool}
          </RevealLink>
          <span className={`plc-verdict plc-verdict--${row.verdict}`}>
            {VERDICT_LABEL[row.verdict]}
          </span>
          {row.uncertain ? (
            <span
              className="plc-uncertain"
              title="Read from Karpenter’s code, not confirmed by running it."
            >
              uncertain
            </span>
          ) : null}
        </div>
        {row.path ? (
          <RevealLink
            resourceId={row.poolId}
            path={row.path}
            className="plc-reason"
            title={`Show ${row.path} of ${row.pool}`}
          >
            {row.reason}
          </RevealLink>
        ) : (
          <span className="plc-reason">{row.reason}</span>
        )}
        {row.fix ? (
          <span className="plc-fix">
            <CodeText text={row.fix} />
          </span>
        ) : null}
        {row.remedy ? (
          <button
            type="button"
            className="insp-button plc-apply"
            data-testid="placement-fix"
            onClick={() => {
              if (row.remedy) runCommand(applyPlacementFix, row.remedy, 'inspector');
            }}
          >
            {REMEDY_LABEL[row.remedy.kind]}
          </button>
        ) : null}
        {row.message ? (
          <span className="plc-message" title="Karpenter’s own message, as its logs print it">
            {row.message}
          </span>
        ) : null}
      </li>
    );
  },
  (before, after) => sameData(before.row, after.row),
);
