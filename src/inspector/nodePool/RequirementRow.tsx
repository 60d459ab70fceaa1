import { useId, type JSX } from 'react';
import { editNodePool } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import { formatList, parseList } from '../../domain/lib/listEdits';
import type { Problem } from '../../domain/validation/problem';
import {
  isNumericOperator,
  operatorTakesMinValues,
  operatorTakesValues,
  withMinValues,
  withOperator,
  withRequirementAt,
  withValues,
} from '../../domain/karpenter/edits/requirementEdits';
import type { NodeSelectorRequirement } from '../../domain/karpenter/model/types';
import {
  REQUIREMENT_OPERATORS,
  wellKnownLabel,
} from '../../domain/karpenter/facts/wellKnownLabels';
import { ChoiceSelect } from '../fields/ChoiceSelect';
import { DraftInput } from '../fields/DraftInput';
import { LearnHint } from '../fields/LearnHint';
import { messagesAt } from '../fields/problemMessages';
import { joinMessages } from '../fields/problemText';
import { RowCell } from '../fields/RowCell';
import { describedByError, RowErrors } from '../fields/RowErrors';
import { Suggestions } from '../fields/Suggestions';
import { TextInput } from '../fields/TextInput';
import { WholeNumberInput } from '../fields/WholeNumberInput';

interface RequirementRowProps {
  poolId: ResourceId;
  index: number;
  requirement: NodeSelectorRequirement;
  /** The datalist of well-known label keys, shared by every row. */
  keyListId: string;
  /** The problems list's entries under the requirements. */
  problems: readonly Problem[];
  /** This requirement's path in the exported list, or undefined when the export drops it. */
  at: string | undefined;
}

/** One requirement: key, operator, values and, for In, minValues. */
export function RequirementRow({
  poolId,
  index,
  requirement,
  keyListId,
  problems: listed,
  at,
}: RequirementRowProps): JSX.Element {
  const id = useId();
  const { key, operator } = requirement;
  const values = requirement.values ?? [];
  const known = wellKnownLabel(key);
  const errorAt = (field: string) =>
    at === undefined ? undefined : joinMessages(messagesAt(listed, `${at}.${field}`));
  const problems = {
    key: errorAt('key'),
    values: errorAt('values'),
    minValues: errorAt('minValues'),
  };
  const n = index + 1;
  const row = `requirement ${n}`;

  const edit = (update: (r: NodeSelectorRequirement) => NodeSelectorRequirement) =>
    editNodePool(poolId, (pool) => withRequirementAt(pool, index, update));

  const valuesInput = !operatorTakesValues(operator) ? (
    <input
      id={`${id}-values`}
      className="insp-input"
      type="text"
      value=""
      readOnly
      disabled
      aria-describedby={`${id}-values-note`}
    />
  ) : isNumericOperator(operator) ? (
    <input
      id={`${id}-values`}
      className="insp-input insp-mono"
      type="text"
      inputMode="numeric"
      autoComplete="off"
      value={values[0] ?? ''}
      onChange={(event) => {
        const text = event.target.value.trim();
        edit((r) => withValues(r, text === '' ? [] : [text]));
      }}
      {...describedByError(`${id}-values-error`, problems.values)}
    />
  ) : (
    <DraftInput
      id={`${id}-values`}
      className="insp-input insp-mono"
      value={formatList(values)}
      normalize={(text) => formatList(parseList(text))}
      onText={(text) => edit((r) => withValues(r, parseList(text)))}
      list={known?.values ? `${id}-suggested` : undefined}
      {...describedByError(`${id}-values-error`, problems.values)}
    />
  );

  return (
    <>
      <RowCell htmlFor={`${id}-key`} label="Key" row={row} className="insp-cell insp-span-all">
        <TextInput
          id={`${id}-key`}
          className="insp-input insp-mono"
          list={keyListId}
          value={key}
          onChange={(event) => {
            const next = event.target.value;
            edit((r) => ({ ...r, key: next }));
          }}
          {...describedByError(`${id}-key-error`, problems.key)}
        />
        {known ? <p className="insp-hint">{known.hint}</p> : null}
      </RowCell>
      <RowCell
        htmlFor={`${id}-operator`}
        label="Operator"
        row={row}
        learn="NodePool:spec.template.spec.requirements[].operator"
      >
        <ChoiceSelect
          id={`${id}-operator`}
          value={operator}
          choices={REQUIREMENT_OPERATORS}
          onChoose={(next) => edit((r) => withOperator(r, next))}
        />
      </RowCell>
      <RowCell
        htmlFor={`${id}-values`}
        label={isNumericOperator(operator) ? 'Value' : 'Values'}
        row={row}
        className={operatorTakesMinValues(operator) ? 'insp-cell' : 'insp-cell insp-span-rest'}
      >
        {valuesInput}
        {!operatorTakesValues(operator) ? (
          <p className="insp-hint" id={`${id}-values-note`}>
            {operator} tests the key alone.
          </p>
        ) : null}
      </RowCell>
      {operatorTakesMinValues(operator) ? (
        <div className="insp-cell">
          <div className="insp-label-line">
            <label className="insp-label" htmlFor={`${id}-min`}>
              Min<span className="visually-hidden">imum values for requirement {n}</span>
            </label>
            <LearnHint learn="NodePool:spec.template.spec.requirements[].minValues" />
          </div>
          <WholeNumberInput
            id={`${id}-min`}
            className="insp-input insp-mono"
            value={requirement.minValues}
            onValue={(minValues) => edit((r) => withMinValues(r, minValues))}
            {...describedByError(`${id}-min-error`, problems.minValues)}
          />
        </div>
      ) : null}
      {known?.values ? <Suggestions id={`${id}-suggested`} values={known.values} /> : null}
      <RowErrors
        errors={[
          { id: `${id}-key-error`, field: 'Key', message: problems.key },
          { id: `${id}-values-error`, field: 'Values', message: problems.values },
          { id: `${id}-min-error`, field: 'Min values', message: problems.minValues },
        ]}
      />
    </>
  );
}
