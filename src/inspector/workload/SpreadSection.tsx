import { useId, type JSX } from 'react';
import { editWorkload } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import type { TopologySpreadConstraint } from '../../domain/kube/podSpec';
import {
  isOnePerNode,
  SPREAD_KEYS,
  WHEN_UNSATISFIABLE,
  withOnePerNode,
  withSpreadAdded,
  withSpreadAt,
  withSpreadRemoved,
} from '../../domain/kube/schedulingEdits';
import { podLabelsOf } from '../../domain/kube/podSpecEdits';
import { podSpecOf, type WorkloadManifest } from '../../domain/kube/workloadManifest';
import { LearnHint } from '../fields/LearnHint';
import { RowCell } from '../fields/RowCell';
import { describedByError, RowErrors } from '../fields/RowErrors';
import { RowList } from '../fields/RowList';
import { Section } from '../fields/Section';
import { WholeNumberInput } from '../fields/WholeNumberInput';
import { editPod } from './editPod';

/** How the workload's own pods spread over zones and nodes, and one pod per node. */
export function SpreadSection({
  id,
  manifest,
}: {
  id: ResourceId;
  manifest: WorkloadManifest;
}): JSX.Element {
  const constraints = podSpecOf(manifest).topologySpreadConstraints ?? [];
  const onePerNode = isOnePerNode(manifest);
  const labels = Object.entries(podLabelsOf(manifest))
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
  return (
    <Section
      title="Spread"
      count={constraints.length + (onePerNode ? 1 : 0)}
      learn="Workload:spec.template.spec.topologySpreadConstraints"
    >
      <p className="insp-hint">
        {labels
          ? `One pod per node and spread constraints count the workload's own pods: ${labels}.`
          : `One pod per node and spread constraints count the workload's own pods; the first labels them app=${manifest.metadata.name}.`}
      </p>
      <div className="insp-label-line">
        <label className="insp-check">
          <input
            type="checkbox"
            checked={onePerNode}
            data-testid="one-per-node"
            onChange={(event) => {
              const on = event.target.checked;
              editWorkload(id, (m) => withOnePerNode(m, on));
            }}
          />
          One pod per node
        </label>
        <LearnHint learn="Workload:spec.template.spec.affinity.podAntiAffinity" />
      </div>
      <RowList
        items={constraints}
        noun="spread constraint"
        variant="card"
        rowClassName="wl-grid-spread"
        empty="No topology spread: Karpenter packs the pods as tightly as their requests allow."
        onAdd={() => {
          editWorkload(id, withSpreadAdded);
          return undefined;
        }}
        onRemove={(index) => editPod(id, (spec) => withSpreadRemoved(spec, index))}
        renderRow={(constraint, index) => (
          <SpreadRow
            constraint={constraint}
            index={index}
            onEdit={(update) => editPod(id, (spec) => withSpreadAt(spec, index, update))}
          />
        )}
      />
    </Section>
  );
}

const KEY_LABELS: Readonly<Record<string, string>> = {
  'topology.kubernetes.io/zone': 'zone',
  'kubernetes.io/hostname': 'hostname (node)',
};

function SpreadRow({
  constraint,
  index,
  onEdit,
}: {
  constraint: TopologySpreadConstraint;
  index: number;
  onEdit: (update: (c: TopologySpreadConstraint) => TopologySpreadConstraint) => void;
}): JSX.Element {
  const id = useId();
  const row = `spread constraint ${index + 1}`;
  const skewError = constraint.maxSkew >= 1 ? undefined : 'maxSkew is at least 1';
  // An imported constraint may spread over another key: it is kept and offered as it is.
  const keys = SPREAD_KEYS.some((key) => key === constraint.topologyKey)
    ? SPREAD_KEYS
    : [...SPREAD_KEYS, constraint.topologyKey];
  return (
    <>
      <RowCell htmlFor={`${id}-key`} label="Over" row={row}>
        <select
          id={`${id}-key`}
          className="insp-input"
          value={constraint.topologyKey}
          title={constraint.topologyKey}
          onChange={(event) => {
            const topologyKey = event.target.value;
            onEdit((c) => ({ ...c, topologyKey }));
          }}
        >
          {keys.map((key) => (
            <option key={key} value={key}>
              {KEY_LABELS[key] ?? key}
            </option>
          ))}
        </select>
      </RowCell>
      <RowCell htmlFor={`${id}-skew`} label="Max skew" row={row}>
        <WholeNumberInput
          id={`${id}-skew`}
          className="insp-input insp-mono"
          value={constraint.maxSkew}
          onValue={(maxSkew) => onEdit((c) => ({ ...c, maxSkew: maxSkew ?? 0 }))}
          {...describedByError(`${id}-skew-error`, skewError)}
        />
      </RowCell>
      <RowCell htmlFor={`${id}-when`} label="If not" row={row}>
        <select
          id={`${id}-when`}
          className="insp-input"
          value={constraint.whenUnsatisfiable}
          onChange={(event) => {
            const whenUnsatisfiable = event.target.value;
            onEdit((c) => ({ ...c, whenUnsatisfiable }));
          }}
        >
          {WHEN_UNSATISFIABLE.map((when) => (
            <option key={when} value={when}>
              {when}
            </option>
          ))}
        </select>
      </RowCell>
      <RowErrors errors={[{ id: `${id}-skew-error`, field: 'Max skew', message: skewError }]} />
    </>
  );
}
