import { useId, type JSX } from 'react';
import { editNodePool } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import {
  withBudgetAt,
  withBudgetField,
  withBudgetReason,
  type BudgetField,
} from '../../domain/karpenter/edits/nodePoolFieldEdits';
import { DISRUPTION_REASONS, type DisruptionBudget } from '../../domain/karpenter/model/types';
import type { Problem } from '../../domain/validation/problem';
import { LearnHint } from '../fields/LearnHint';
import { messagesAt } from '../fields/problemMessages';
import { joinMessages } from '../fields/problemText';
import { describedByError, RowErrors } from '../fields/RowErrors';
import type { LearnId } from '../../domain/learn/learnEntries';

const BUDGET_FIELDS: readonly {
  field: BudgetField;
  label: string;
  learn: LearnId;
  className?: string;
}[] = [
  { field: 'nodes', label: 'Nodes', learn: 'NodePool:spec.disruption.budgets[].nodes' },
  { field: 'duration', label: 'Duration', learn: 'NodePool:spec.disruption.budgets[].duration' },
  {
    field: 'schedule',
    label: 'Schedule (cron)',
    learn: 'NodePool:spec.disruption.budgets[].schedule',
    className: 'insp-span-all',
  },
];

/** One disruption budget: how many nodes, when, for how long and for which reasons. */
export function BudgetRow({
  poolId,
  index,
  budget,
  problems: listed,
}: {
  poolId: ResourceId;
  index: number;
  budget: DisruptionBudget;
  /** The problems list's entries under `spec.disruption`. */
  problems: readonly Problem[];
}): JSX.Element {
  const id = useId();
  const at = `spec.disruption.budgets[${index}]`;
  const reasons = Array.isArray(budget.reasons) ? budget.reasons : [];
  // Reasons the enum does not list (a newer Karpenter's) stay visible, so they can be unticked.
  const shown = [...DISRUPTION_REASONS, ...reasons.filter((r) => !isKnownReason(r))];
  const reasonsError = joinMessages(
    messagesAt(listed, `${at}.reasons`).concat(
      reasons.flatMap((_, i) => messagesAt(listed, `${at}.reasons[${i}]`)),
    ),
  );
  return (
    <>
      {BUDGET_FIELDS.map(({ field, label, learn, className }) => (
        <div className={className ? `insp-cell ${className}` : 'insp-cell'} key={field}>
          <div className="insp-label-line">
            <label className="insp-label" htmlFor={`${id}-${field}`}>
              {label}
              <span className="visually-hidden"> of budget {index + 1}</span>
            </label>
            <LearnHint learn={learn} />
          </div>
          <input
            id={`${id}-${field}`}
            className="insp-input insp-mono"
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={budget[field] ?? ''}
            onChange={(event) => {
              const text = event.target.value;
              editNodePool(poolId, (p) =>
                withBudgetAt(p, index, (b) => withBudgetField(b, field, text)),
              );
            }}
            {...describedByError(
              `${id}-${field}-error`,
              joinMessages(messagesAt(listed, `${at}.${field}`)),
            )}
          />
        </div>
      ))}
      <fieldset
        className="insp-fieldset insp-span-all"
        {...describedByError(`${id}-reasons-error`, reasonsError)}
      >
        <legend className="insp-label">
          Reasons<span className="visually-hidden"> of budget {index + 1}</span>
          <span className="insp-optional"> none ticked: every reason</span>
          <LearnHint learn="NodePool:spec.disruption.budgets[].reasons" />
        </legend>
        <div className="insp-radios">
          {shown.map((reason) => (
            <label className="insp-check" key={reason}>
              <input
                type="checkbox"
                checked={reasons.includes(reason)}
                onChange={(event) => {
                  const on = event.target.checked;
                  editNodePool(poolId, (p) =>
                    withBudgetAt(p, index, (b) => withBudgetReason(b, reason, on)),
                  );
                }}
              />
              {reason}
            </label>
          ))}
        </div>
      </fieldset>
      <RowErrors
        errors={[
          ...BUDGET_FIELDS.map(({ field, label }) => ({
            id: `${id}-${field}-error`,
            field: label,
            message: joinMessages(messagesAt(listed, `${at}.${field}`)),
          })),
          { id: `${id}-reasons-error`, field: 'Reasons', message: reasonsError },
          {
            id: `${id}-budget-error`,
            field: 'Budget',
            message: joinMessages(messagesAt(listed, at)),
          },
        ]}
      />
    </>
  );
}

function isKnownReason(reason: string): boolean {
  return (DISRUPTION_REASONS as readonly string[]).includes(reason);
}
