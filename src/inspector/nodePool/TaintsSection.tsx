import { useId, type JSX } from 'react';
import { editNodePool } from '../../commands/resourceEdits';
import type { MigProfileResource, ResourceId } from '../../domain/design/types';
import { qualifiedNameProblem, taintValueProblem } from '../../domain/karpenter/labelProblems';
import {
  withTaintAdded,
  withTaintAt,
  withTaintRemoved,
  withTaintValue,
} from '../../domain/karpenter/nodePoolFieldEdits';
import type { Taint } from '../../domain/karpenter/types';
import { TAINT_EFFECTS } from '../../domain/karpenter/wellKnownLabels';
import { MIG_CONFIG_LABEL, MIG_TAINT_KEY } from '../../domain/mig/migConfigs';
import { ChoiceSelect } from '../fields/ChoiceSelect';
import { RowCell } from '../fields/RowCell';
import { describedByError, RowErrors } from '../fields/RowErrors';
import { RowList } from '../fields/RowList';
import { Section } from '../fields/Section';
import { TextInput } from '../fields/TextInput';

interface TaintsSectionProps {
  poolId: ResourceId;
  taints: readonly Taint[];
  /** The attached MIG profile, whose label and taint are added on export. */
  migProfile: MigProfileResource | undefined;
}

/** Taints on every node of the pool: only pods that tolerate them are scheduled there. */
export function TaintsSection({ poolId, taints, migProfile }: TaintsSectionProps): JSX.Element {
  return (
    <Section title="Taints" count={taints.length}>
      <RowList
        items={taints}
        noun="taint"
        variant="card"
        rowClassName="insp-grid-taint"
        empty="No taints: any pod that fits may land on these nodes."
        onAdd={() => {
          editNodePool(poolId, `taints.add.${taints.length}`, withTaintAdded);
          return undefined;
        }}
        onRemove={(index) =>
          editNodePool(poolId, `taints.remove.${index}.${taints.length}`, (pool) =>
            withTaintRemoved(pool, index),
          )
        }
        renderRow={(taint, index) => <TaintRow poolId={poolId} index={index} taint={taint} />}
      />
      {migProfile ? (
        <p className="insp-note">
          MIG profile {migProfile.name} adds label {MIG_CONFIG_LABEL}={migProfile.config} and taint{' '}
          {MIG_TAINT_KEY}={migProfile.config}:NoSchedule on export.
        </p>
      ) : null}
    </Section>
  );
}

function TaintRow({
  poolId,
  index,
  taint,
}: {
  poolId: ResourceId;
  index: number;
  taint: Taint;
}): JSX.Element {
  const id = useId();
  const row = `taint ${index + 1}`;
  const keyError = qualifiedNameProblem(taint.key);
  const valueError = taintValueProblem(taint.value);
  const edit = (field: string, update: (t: Taint) => Taint) =>
    editNodePool(poolId, `taints.${index}.${field}`, (pool) => withTaintAt(pool, index, update));

  return (
    <>
      <RowCell htmlFor={`${id}-key`} label="Key" row={row}>
        <TextInput
          id={`${id}-key`}
          className="insp-input insp-mono"
          value={taint.key}
          onChange={(event) => {
            const key = event.target.value;
            edit('key', (t) => ({ ...t, key }));
          }}
          {...describedByError(`${id}-key-error`, keyError)}
        />
      </RowCell>
      <RowCell htmlFor={`${id}-value`} label="Value" row={row} optional>
        <TextInput
          id={`${id}-value`}
          className="insp-input insp-mono"
          value={taint.value ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            edit('value', (t) => withTaintValue(t, value));
          }}
          {...describedByError(`${id}-value-error`, valueError)}
        />
      </RowCell>
      <RowCell htmlFor={`${id}-effect`} label="Effect" row={row}>
        <ChoiceSelect
          id={`${id}-effect`}
          value={taint.effect}
          choices={TAINT_EFFECTS}
          onChoose={(effect) => edit('effect', (t) => ({ ...t, effect }))}
        />
      </RowCell>
      <RowErrors
        errors={[
          { id: `${id}-key-error`, field: 'Key', message: keyError },
          { id: `${id}-value-error`, field: 'Value', message: valueError },
        ]}
      />
    </>
  );
}
