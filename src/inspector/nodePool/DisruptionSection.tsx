import { useId, type JSX } from 'react';
import { editNodePool } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import {
  withBudgetAdded,
  withBudgetAt,
  withBudgetField,
  withBudgetRemoved,
  withConsolidateAfter,
  withConsolidationPolicy,
  withExpireAfter,
  type BudgetField,
} from '../../domain/karpenter/nodePoolFieldEdits';
import {
  budgetProblems,
  consolidateAfterProblem,
  durationOrNeverProblem,
} from '../../domain/karpenter/nodePoolFieldProblems';
import type { DisruptionBudget, NodePool } from '../../domain/karpenter/types';
import { CONSOLIDATION_POLICIES } from '../../domain/karpenter/wellKnownLabels';
import { describedByError, RowErrors } from '../fields/RowErrors';
import { RowList } from '../fields/RowList';
import { Section } from '../fields/Section';
import { SelectField, type SelectOption } from '../fields/SelectField';
import { TextField } from '../fields/TextField';

/** How Karpenter may take this pool's nodes away: consolidation, budgets and expiry. */
export function DisruptionSection({
  poolId,
  pool,
}: {
  poolId: ResourceId;
  pool: NodePool;
}): JSX.Element {
  const disruption = pool.spec.disruption;
  const policy: string = disruption?.consolidationPolicy ?? '';
  const budgets = disruption?.budgets ?? [];
  const expireAfter = pool.spec.template.spec.expireAfter;

  const policies: SelectOption<string>[] = [
    { value: '', label: '(default) WhenEmptyOrUnderutilized' },
    ...CONSOLIDATION_POLICIES.map((p) => ({ value: p, label: p })),
  ];
  // A policy this version does not offer (a newer Karpenter's) stays selectable as it is.
  if (policy !== '' && !policies.some((option) => option.value === policy)) {
    policies.push({ value: policy, label: policy });
  }

  return (
    <Section title="Disruption">
      <SelectField
        label="Consolidation policy"
        value={policy}
        options={policies}
        onChange={(value) => {
          if (value === policy) return;
          const next = CONSOLIDATION_POLICIES.find((p) => p === value);
          editNodePool(poolId, 'disruption.consolidationPolicy', (p) =>
            withConsolidationPolicy(p, next),
          );
        }}
        hint="WhenEmpty only removes nodes with no pods; WhenEmptyOrUnderutilized also repacks pods onto fewer, cheaper nodes."
      />
      <TextField
        label="Consolidate after"
        value={disruption?.consolidateAfter ?? ''}
        onChange={(text) =>
          editNodePool(poolId, 'disruption.consolidateAfter', (p) => withConsolidateAfter(p, text))
        }
        error={consolidateAfterProblem(disruption)}
        hint="How long a node stays empty or underutilized first: 30s, 5m, 1h, or Never."
        mono
      />
      <div className="insp-field">
        <span className="insp-label">Budgets</span>
        <RowList
          items={budgets}
          noun="budget"
          variant="card"
          rowClassName="insp-grid-budget"
          empty="None: Karpenter disrupts at most 10% of the pool's nodes at once."
          onAdd={() => {
            editNodePool(poolId, `disruption.budgets.add.${budgets.length}`, withBudgetAdded);
            return undefined;
          }}
          onRemove={(index) =>
            editNodePool(poolId, `disruption.budgets.remove.${index}.${budgets.length}`, (p) =>
              withBudgetRemoved(p, index),
            )
          }
          renderRow={(budget, index) => <BudgetRow poolId={poolId} index={index} budget={budget} />}
        />
        <p className="insp-hint">
          A budget caps how many nodes may be disrupted at once; with a schedule and a duration it
          holds only in that window, e.g. nodes 0 on &quot;0 9 * * mon-fri&quot; for 8h.
        </p>
      </div>
      <TextField
        label="Expire after"
        value={expireAfter ?? ''}
        onChange={(text) =>
          editNodePool(poolId, 'template.expireAfter', (p) => withExpireAfter(p, text))
        }
        error={durationOrNeverProblem(expireAfter)}
        hint="Nodes are replaced once this old: e.g. 720h (the default when empty) or Never."
        mono
      />
    </Section>
  );
}

const BUDGET_FIELDS: readonly { field: BudgetField; label: string; className?: string }[] = [
  { field: 'nodes', label: 'Nodes' },
  { field: 'duration', label: 'Duration' },
  { field: 'schedule', label: 'Schedule (cron)', className: 'insp-span-all' },
];

function BudgetRow({
  poolId,
  index,
  budget,
}: {
  poolId: ResourceId;
  index: number;
  budget: DisruptionBudget;
}): JSX.Element {
  const id = useId();
  const problems = budgetProblems(budget);
  return (
    <>
      {BUDGET_FIELDS.map(({ field, label, className }) => (
        <div className={className ? `insp-cell ${className}` : 'insp-cell'} key={field}>
          <label className="insp-label" htmlFor={`${id}-${field}`}>
            {label}
            <span className="visually-hidden"> of budget {index + 1}</span>
          </label>
          <input
            id={`${id}-${field}`}
            className="insp-input insp-mono"
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={budget[field] ?? ''}
            onChange={(event) => {
              const text = event.target.value;
              editNodePool(poolId, `disruption.budgets.${index}.${field}`, (p) =>
                withBudgetAt(p, index, (b) => withBudgetField(b, field, text)),
              );
            }}
            {...describedByError(`${id}-${field}-error`, problems[field])}
          />
        </div>
      ))}
      <RowErrors
        errors={BUDGET_FIELDS.map(({ field, label }) => ({
          id: `${id}-${field}-error`,
          field: label,
          message: problems[field],
        }))}
      />
    </>
  );
}
