import { memo, useId, type JSX } from 'react';
import type { ResourceId } from '../../domain/design/types';
import { TAINT_EFFECTS } from '../../domain/karpenter/facts/wellKnownLabels';
import type { Toleration } from '../../domain/kube/podSpec';
import {
  TOLERATION_OPERATORS,
  withTolerationAdded,
  withTolerationAt,
  withTolerationEffect,
  withTolerationOperator,
  withTolerationRemoved,
} from '../../domain/kube/schedulingEdits';
import { ChoiceSelect } from '../fields/ChoiceSelect';
import { RowCell } from '../fields/RowCell';
import { describedByError, RowErrors } from '../fields/RowErrors';
import { RowList } from '../fields/RowList';
import { Section } from '../fields/Section';
import { Suggestions } from '../fields/Suggestions';
import { TextInput } from '../fields/TextInput';
import { editPod } from './editPod';
import { useLabelSuggestions } from './useLabelSuggestions';

/** The taints the pod accepts: a pool's taints keep out every pod that does not tolerate them. */
export const TolerationsSection = memo(function TolerationsSection({
  id,
  tolerations,
}: {
  id: ResourceId;
  tolerations: readonly Toleration[];
}): JSX.Element {
  const keyListId = useId();
  const { suggestions } = useLabelSuggestions();
  return (
    <Section
      title="Tolerations"
      count={tolerations.length}
      learn="Workload:spec.template.spec.tolerations"
    >
      <RowList
        items={tolerations}
        noun="toleration"
        variant="card"
        rowClassName="insp-grid-taint"
        empty="No tolerations: the pod stays off every tainted pool."
        onAdd={() => {
          editPod(id, withTolerationAdded);
          return undefined;
        }}
        onRemove={(index) => editPod(id, (spec) => withTolerationRemoved(spec, index))}
        renderRow={(toleration, index) => (
          <TolerationRow
            id={id}
            index={index}
            toleration={toleration}
            keyListId={keyListId}
            values={suggestions.taintValues.get(toleration.key ?? '') ?? []}
          />
        )}
      />
      <Suggestions id={keyListId} values={suggestions.taintKeys} />
    </Section>
  );
});

/** The effects a toleration names; empty tolerates them all. */
const EFFECTS = ['', ...TAINT_EFFECTS] as const;

function TolerationRow({
  id,
  index,
  toleration,
  keyListId,
  values,
}: {
  id: ResourceId;
  index: number;
  toleration: Toleration;
  keyListId: string;
  values: readonly string[];
}): JSX.Element {
  const cellId = useId();
  const row = `toleration ${index + 1}`;
  const operator = toleration.operator ?? 'Equal';
  const exists = operator === 'Exists';
  const key = toleration.key ?? '';
  const keyError =
    key === '' && !exists ? 'an empty key needs Exists (it then tolerates every taint)' : undefined;
  const edit = (update: (t: Toleration) => Toleration) =>
    editPod(id, (spec) => withTolerationAt(spec, index, update));
  return (
    <>
      <RowCell htmlFor={`${cellId}-key`} label="Key" row={row}>
        <TextInput
          id={`${cellId}-key`}
          className="insp-input insp-mono"
          list={keyListId}
          value={key}
          onChange={(event) => {
            const next = event.target.value;
            edit((t) => ({ ...t, key: next }));
          }}
          {...describedByError(`${cellId}-key-error`, keyError)}
        />
      </RowCell>
      <RowCell htmlFor={`${cellId}-operator`} label="Operator" row={row}>
        <ChoiceSelect
          id={`${cellId}-operator`}
          value={exists ? 'Exists' : 'Equal'}
          choices={TOLERATION_OPERATORS}
          onChoose={(next) => edit((t) => withTolerationOperator(t, next))}
        />
      </RowCell>
      <RowCell htmlFor={`${cellId}-value`} label="Value" row={row} optional>
        <TextInput
          id={`${cellId}-value`}
          className="insp-input insp-mono"
          value={exists ? '' : (toleration.value ?? '')}
          disabled={exists}
          placeholder={exists ? 'any value' : undefined}
          list={values.length > 0 ? `${cellId}-values` : undefined}
          onChange={(event) => {
            const value = event.target.value;
            edit((t) => ({ ...t, value }));
          }}
        />
        {values.length > 0 ? <Suggestions id={`${cellId}-values`} values={values} /> : null}
      </RowCell>
      <RowCell htmlFor={`${cellId}-effect`} label="Effect" row={row}>
        <select
          id={`${cellId}-effect`}
          className="insp-input"
          value={toleration.effect ?? ''}
          onChange={(event) => {
            const effect = EFFECTS.find((e) => e === event.target.value);
            if (effect !== undefined) edit((t) => withTolerationEffect(t, effect));
          }}
        >
          {EFFECTS.map((effect) => (
            <option key={effect} value={effect}>
              {effect === '' ? 'any effect' : effect}
            </option>
          ))}
        </select>
      </RowCell>
      <RowErrors errors={[{ id: `${cellId}-key-error`, field: 'Key', message: keyError }]} />
    </>
  );
}
