import { useId, type JSX } from 'react';
import { editNodePool, applyDesignerMigForm } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import type { MigProfileResource } from '../../domain/mig/migProfile';
import type { Problem } from '../../domain/validation/problem';
import { exportedIndex } from '../../domain/yaml/export/exportedIndex';
import {
  withTaintAdded,
  withTaintAt,
  withTaintRemoved,
  withTaintValue,
  type TaintList,
} from '../../domain/karpenter/edits/nodePoolFieldEdits';
import type { Taint } from '../../domain/karpenter/model/types';
import { TAINT_EFFECTS } from '../../domain/karpenter/facts/wellKnownLabels';
import { MIG_CONFIG_LABEL } from '../../domain/mig/migConfigs';
import { useFieldProblems } from '../../store/useFieldProblems';
import { ChoiceSelect } from '../fields/ChoiceSelect';
import { messagesAt } from '../fields/problemMessages';
import { joinMessages } from '../fields/problemText';
import { RowCell } from '../fields/RowCell';
import { describedByError, RowErrors } from '../fields/RowErrors';
import { RowList } from '../fields/RowList';
import { Section } from '../fields/Section';
import { TextInput } from '../fields/TextInput';
import type { LearnId } from '../../domain/learn/learnEntries';

interface TaintsSectionProps {
  poolId: ResourceId;
  taints: readonly Taint[];
  /** The list as exported, where the API server's problems point (a MIG profile adds to it). */
  exported: readonly Taint[];
  /** `taints`, or `startupTaints`: the same editor for both lists. */
  list?: TaintList;
  /** The attached MIG profile, whose label and taint are added on export. */
  migProfile?: MigProfileResource | undefined;
  /** The pool adopted its profile on import: its own MIG taint and GPU pins are exported. */
  migAdopted?: boolean;
}

const LISTS: Readonly<
  Record<TaintList, { title: string; noun: string; empty: string; hint?: string; learn: LearnId }>
> = {
  taints: {
    title: 'Taints',
    noun: 'taint',
    learn: 'NodePool:spec.template.spec.taints',
    empty: 'No taints: any pod that fits may land on these nodes.',
  },
  startupTaints: {
    title: 'Startup taints',
    noun: 'startup taint',
    learn: 'NodePool:spec.template.spec.startupTaints',
    empty: 'No startup taints.',
    hint: 'Put on each node at launch for a DaemonSet to remove once it has set the node up (a CNI agent, a GPU driver). Pods need not tolerate them to be provisioned for.',
  },
};

/**
 * Taints on every node of the pool: only pods that tolerate them are scheduled there. Startup
 * taints use the same editor; they start closed while there are none.
 */
export function TaintsSection({
  poolId,
  taints,
  exported,
  list = 'taints',
  migProfile,
  migAdopted = false,
}: TaintsSectionProps): JSX.Element {
  const { title, noun, empty, hint, learn } = LISTS[list];
  const path = `spec.template.spec.${list}`;
  const problems = useFieldProblems(poolId, path);
  return (
    <Section
      title={title}
      path={path}
      count={taints.length}
      collapsed={list === 'startupTaints' && taints.length === 0}
      learn={learn}
    >
      {hint ? <p className="insp-hint">{hint}</p> : null}
      <RowList
        items={taints}
        noun={noun}
        variant="card"
        rowClassName="insp-grid-taint"
        empty={empty}
        onAdd={() => {
          editNodePool(poolId, (pool) => withTaintAdded(pool, list));
          return undefined;
        }}
        onRemove={(index) => editNodePool(poolId, (pool) => withTaintRemoved(pool, index, list))}
        renderRow={(taint, index) => (
          <TaintRow
            poolId={poolId}
            index={index}
            taint={taint}
            list={list}
            noun={noun}
            problems={problems}
            at={taintPath(path, exportedIndex(taints, index, exported))}
          />
        )}
      />
      {migProfile && migAdopted ? (
        <div className="insp-note">
          <p>
            MIG profile {migProfile.name} adds label {MIG_CONFIG_LABEL}={migProfile.config} on
            export. The pool keeps its own MIG taint and GPU requirements as they were imported.
          </p>
          <button
            type="button"
            className="insp-button"
            onClick={() => applyDesignerMigForm(poolId)}
          >
            Use the designer&apos;s MIG form
          </button>
        </div>
      ) : migProfile ? (
        <p className="insp-note">
          MIG profile {migProfile.name} adds label {MIG_CONFIG_LABEL}={migProfile.config}
          {migProfile.taint ? (
            <>
              {' '}
              and taint {MIG_CONFIG_LABEL}={migProfile.config}:NoSchedule
            </>
          ) : null}{' '}
          on export, with requirements that pin its GPU.
        </p>
      ) : null}
    </Section>
  );
}

/** The exported taint's path, or undefined for one the export drops (an old MIG taint). */
function taintPath(path: string, index: number | undefined): string | undefined {
  return index === undefined ? undefined : `${path}[${index}]`;
}

function TaintRow({
  poolId,
  index,
  taint,
  list,
  noun,
  problems,
  at,
}: {
  poolId: ResourceId;
  index: number;
  taint: Taint;
  list: TaintList;
  noun: string;
  problems: readonly Problem[];
  at: string | undefined;
}): JSX.Element {
  const id = useId();
  const row = `${noun} ${index + 1}`;
  const errorAt = (field: string) =>
    at === undefined ? undefined : joinMessages(messagesAt(problems, `${at}.${field}`));
  const keyError = errorAt('key');
  const valueError = errorAt('value');
  const edit = (update: (t: Taint) => Taint) =>
    editNodePool(poolId, (pool) => withTaintAt(pool, index, update, list));

  return (
    <>
      <RowCell htmlFor={`${id}-key`} label="Key" row={row}>
        <TextInput
          id={`${id}-key`}
          className="insp-input insp-mono"
          value={taint.key}
          onChange={(event) => {
            const key = event.target.value;
            edit((t) => ({ ...t, key }));
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
            edit((t) => withTaintValue(t, value));
          }}
          {...describedByError(`${id}-value-error`, valueError)}
        />
      </RowCell>
      <RowCell htmlFor={`${id}-effect`} label="Effect" row={row}>
        <ChoiceSelect
          id={`${id}-effect`}
          value={taint.effect}
          choices={TAINT_EFFECTS}
          onChoose={(effect) => edit((t) => ({ ...t, effect }))}
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
