import { useId, type JSX } from 'react';
import { editNodePool } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import { formatList, parseList } from '../../domain/karpenter/listEdits';
import { requirementProblems } from '../../domain/karpenter/nodePoolFieldProblems';
import {
  isNumericOperator,
  operatorTakesMinValues,
  operatorTakesValues,
  withMinValues,
  withOperator,
  withRequirementAt,
  withValues,
} from '../../domain/karpenter/requirementEdits';
import type { NodeSelectorRequirement } from '../../domain/karpenter/types';
import { REQUIREMENT_OPERATORS, wellKnownLabel } from '../../domain/karpenter/wellKnownLabels';
import { DraftInput } from '../fields/DraftInput';
import { describedByError, RowErrors } from '../fields/RowErrors';
import { Suggestions } from '../fields/Suggestions';
import { WholeNumberInput } from '../fields/WholeNumberInput';

interface RequirementRowProps {
  poolId: ResourceId;
  index: number;
  requirement: NodeSelectorRequirement;
  /** The datalist of well-known label keys, shared by every row. */
  keyListId: string;
}

/** One requirement: key, operator, values and, for In, minValues. */
export function RequirementRow({
  poolId,
  index,
  requirement,
  keyListId,
}: RequirementRowProps): JSX.Element {
  const id = useId();
  const { key, operator } = requirement;
  const values = requirement.values ?? [];
  const known = wellKnownLabel(key);
  const problems = requirementProblems(requirement);
  const n = index + 1;

  const edit = (field: string, update: (r: NodeSelectorRequirement) => NodeSelectorRequirement) =>
    editNodePool(poolId, `requirements.${index}.${field}`, (pool) =>
      withRequirementAt(pool, index, update),
    );

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
        edit('values', (r) => withValues(r, text === '' ? [] : [text]));
      }}
      {...describedByError(`${id}-values-error`, problems.values)}
    />
  ) : (
    <DraftInput
      id={`${id}-values`}
      className="insp-input insp-mono"
      value={formatList(values)}
      normalize={(text) => formatList(parseList(text))}
      onText={(text) => edit('values', (r) => withValues(r, parseList(text)))}
      list={known?.values ? `${id}-suggested` : undefined}
      {...describedByError(`${id}-values-error`, problems.values)}
    />
  );

  return (
    <>
      <div className="insp-cell insp-span-all">
        <label className="insp-label" htmlFor={`${id}-key`}>
          Key<span className="visually-hidden"> of requirement {n}</span>
        </label>
        <input
          id={`${id}-key`}
          className="insp-input insp-mono"
          type="text"
          autoComplete="off"
          spellCheck={false}
          list={keyListId}
          value={key}
          onChange={(event) => {
            const next = event.target.value;
            edit('key', (r) => ({ ...r, key: next }));
          }}
          {...describedByError(`${id}-key-error`, problems.key)}
        />
        {known ? <p className="insp-hint">{known.hint}</p> : null}
      </div>
      <div className="insp-cell">
        <label className="insp-label" htmlFor={`${id}-operator`}>
          Operator<span className="visually-hidden"> of requirement {n}</span>
        </label>
        <select
          id={`${id}-operator`}
          className="insp-input"
          value={operator}
          onChange={(event) => {
            const next = REQUIREMENT_OPERATORS.find((op) => op === event.target.value);
            if (next) edit('operator', (r) => withOperator(r, next));
          }}
        >
          {REQUIREMENT_OPERATORS.map((op) => (
            <option key={op} value={op}>
              {op}
            </option>
          ))}
        </select>
      </div>
      <div className={operatorTakesMinValues(operator) ? 'insp-cell' : 'insp-cell insp-span-rest'}>
        <label className="insp-label" htmlFor={`${id}-values`}>
          {isNumericOperator(operator) ? 'Value' : 'Values'}
          <span className="visually-hidden"> of requirement {n}</span>
        </label>
        {valuesInput}
        {!operatorTakesValues(operator) ? (
          <p className="insp-hint" id={`${id}-values-note`}>
            {operator} tests the key alone.
          </p>
        ) : null}
      </div>
      {operatorTakesMinValues(operator) ? (
        <div className="insp-cell">
          <label className="insp-label" htmlFor={`${id}-min`}>
            Min<span className="visually-hidden">imum values for requirement {n}</span>
          </label>
          <WholeNumberInput
            id={`${id}-min`}
            className="insp-input insp-mono"
            value={requirement.minValues}
            onValue={(minValues) => edit('minValues', (r) => withMinValues(r, minValues))}
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
