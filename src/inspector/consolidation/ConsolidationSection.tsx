import { memo, useEffect, useState, type JSX } from 'react';
import { editWorkload } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import { withReplicas } from '../../domain/kube/workloadManifest';
import {
  previewScale,
  type ConsolidationView,
  type NodeLine,
  type PoolView,
} from '../../domain/scheduling/present/consolidationView';
import { useDesignStore } from '../../store/designStore';
import { selectPlan } from '../../store/selectors';
import { NumberField } from '../fields/NumberField';
import { Section } from '../fields/Section';
import './consolidation.css';

interface ConsolidationSectionProps {
  id: ResourceId;
  /** The workload's replicas (or a Job's parallelism) as the design has them. */
  replicas: number;
}

/**
 * "What if I scale it down?": what Karpenter's consolidation would do to the planned nodes,
 * under each pool's disruption settings, without changing the design until Apply.
 */
export function ConsolidationSection({ id, replicas }: ConsolidationSectionProps): JSX.Element {
  const [choice, setChoice] = useState<{ from: number; to: number }>();
  // A choice made for other replicas (an undo, an Apply) falls back to the default: half.
  const to = choice?.from === replicas ? choice.to : Math.floor(replicas / 2);
  const setTo = (value: number) =>
    setChoice({ from: replicas, to: Math.max(0, Math.min(value, replicas)) });
  return (
    <Section title="Consolidation preview" learn="model:consolidation">
      <div className="consolidation" data-testid="consolidation">
        <div className="consolidation__control">
          <NumberField
            label="Scale to"
            narrow
            value={to}
            onValue={(value) => setTo(value ?? 0)}
            hint={`of ${replicas} now`}
          />
          <input
            type="range"
            className="consolidation__slider"
            aria-label="Scale to"
            min={0}
            max={replicas}
            value={to}
            onChange={(event) => setTo(Number(event.currentTarget.value))}
          />
          <button
            type="button"
            className="insp-button"
            data-testid="consolidation-apply"
            disabled={to === replicas}
            onClick={() => editWorkload(id, (m) => withReplicas(m, to))}
          >
            Apply
          </button>
        </div>
        <Preview id={id} to={to} />
      </div>
    </Section>
  );
}

/** How long the inputs must rest before the preview simulates again. */
const PREVIEW_DELAY_MS = 250;

/**
 * The preview for `to` replicas. Simulating consolidation takes about 0.1 s with 100 workloads on
 * 20 pools, so it runs once the edits pause, never in the frame of an edit or a slider drag: the
 * canvas and the plan redraw first, and the last preview stays shown, marked, meanwhile.
 */
const Preview = memo(function Preview({ id, to }: { id: ResourceId; to: number }) {
  const view = useDesignStore(selectPlan);
  const design = useDesignStore((s) => s.design);
  const catalog = useDesignStore((s) => s.catalog);
  const [shown, setShown] = useState<{
    inputs: unknown[];
    preview: ConsolidationView | undefined;
  }>();
  const inputs = [view, design, catalog, id, to];
  const current = shown !== undefined && shown.inputs.every((value, i) => value === inputs[i]);
  useEffect(() => {
    if (view.status !== 'ready' || !catalog) return undefined;
    const timer = setTimeout(
      () =>
        setShown({
          inputs: [view, design, catalog, id, to],
          preview: previewScale(design, view, catalog, id, to),
        }),
      PREVIEW_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [view, design, catalog, id, to]);
  if (view.status !== 'ready' || !shown) return <p className="insp-hint">planning…</p>;
  if (!shown.preview)
    return <p className="insp-hint">This workload is not in the plan, so nothing to preview.</p>;
  return (
    <div className={current ? undefined : 'consolidation--stale'} aria-busy={!current}>
      <PreviewBody preview={shown.preview} />
    </div>
  );
});

/**
 * Memoised: while a key waits for the next preview, the last one stays shown as it was (only
 * marked stale) instead of redrawing every pool's nodes in the key's frame.
 */
const PreviewBody = memo(function PreviewBody({ preview }: { preview: ConsolidationView }) {
  return (
    <>
      <p className="consolidation__headline" data-testid="consolidation-headline">
        {preview.headline}
      </p>
      {preview.pools.map((pool) => (
        <PoolPreview key={pool.pool} pool={pool} />
      ))}
      <details className="consolidation__notes">
        <summary>How this preview is modelled</summary>
        <ul>
          <li>{preview.requestsVersusLimits}</li>
          {preview.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </details>
    </>
  );
});

function PoolPreview({ pool }: { pool: PoolView }) {
  return (
    <div className="consolidation__pool" data-pool={pool.pool}>
      <div className="consolidation__pool-name">
        <bdi>{pool.pool}</bdi>
        <span className="consolidation__summary">{pool.summary}</span>
      </div>
      <dl className="consolidation__facts">
        <dt>Policy</dt>
        <dd>{pool.policy}</dd>
        <dt>When</dt>
        <dd>{pool.when}</dd>
        <dt>At once</dt>
        <dd>
          {pool.budgets.map((b) => (
            <div key={b}>{b}</div>
          ))}
        </dd>
      </dl>
      <ul className="consolidation__nodes">
        {pool.nodes.map((node) => (
          <NodeItem key={node.node} node={node} />
        ))}
      </ul>
      {pool.notes.map((note) => (
        <p key={note} className="insp-hint">
          {note}
        </p>
      ))}
    </div>
  );
}

function NodeItem({ node }: { node: NodeLine }) {
  return (
    <li
      className={`consolidation__node consolidation__node--${node.fate}`}
      data-testid="consolidation-node"
      data-node={node.node}
      data-fate={node.fate}
    >
      <div className="consolidation__node-line">
        {node.step === undefined ? null : (
          <span className="consolidation__step" title="The order Karpenter acts in">
            {node.step}
          </span>
        )}
        <span className="insp-mono">{node.node}</span>
        <span className="consolidation__type">
          {node.instanceType} · {node.capacityType}
        </span>
        <span className="consolidation__pods">{node.pods}</span>
      </div>
      <div className="consolidation__verdict">
        {node.verdict}
        {node.uncertain ? ' (uncertain: spot compared at its on-demand ceiling)' : ''}
      </div>
      {node.fate === 'new' ? null : <div className="consolidation__reason">{node.reason}</div>}
    </li>
  );
}
