import type { JSX } from 'react';
import { editNodePool } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import {
  withBudgetAdded,
  withBudgetRemoved,
  withConsolidateAfter,
  withConsolidationPolicy,
  withExpireAfter,
  withTerminationGracePeriod,
} from '../../domain/karpenter/edits/nodePoolFieldEdits';
import type { NodePool } from '../../domain/karpenter/model/types';
import { CONSOLIDATION_POLICIES } from '../../domain/karpenter/facts/wellKnownLabels';
import { useFieldProblems } from '../../store/useFieldProblems';
import { LearnHint } from '../fields/LearnHint';
import { messagesAt } from '../fields/problemMessages';
import { ProblemNotes } from '../fields/ProblemNotes';
import { RowList } from '../fields/RowList';
import { Section } from '../fields/Section';
import { SelectField, type SelectOption } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { BudgetRow } from './BudgetRow';

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
  const { expireAfter, terminationGracePeriod } = pool.spec.template.spec;
  const problems = useFieldProblems(poolId, 'spec.disruption');
  const expiry = useFieldProblems(poolId, 'spec.template.spec.expireAfter');
  const grace = useFieldProblems(poolId, 'spec.template.spec.terminationGracePeriod');
  const isStatic = pool.spec.replicas !== undefined;

  const policies: SelectOption<string>[] = [
    { value: '', label: '(default) WhenEmptyOrUnderutilized' },
    ...CONSOLIDATION_POLICIES.map((p) => ({ value: p, label: p })),
  ];
  // A policy this version does not offer (a newer Karpenter's) stays selectable as it is.
  if (policy !== '' && !policies.some((option) => option.value === policy)) {
    policies.push({ value: policy, label: policy });
  }

  return (
    <Section
      title="Disruption"
      problems={[...problems, ...expiry, ...grace]}
      learn="NodePool:spec.disruption"
    >
      {isStatic ? (
        <p className="insp-note insp-note--info">
          This pool is static (replicas is set): Karpenter ignores the consolidation policy and
          consolidate after; budgets, drift and expiry still apply.
        </p>
      ) : null}
      <ProblemNotes problems={problems} path="spec.disruption" />
      <SelectField
        label="Consolidation policy"
        learn="NodePool:spec.disruption.consolidationPolicy"
        value={policy}
        options={policies}
        onChange={(value) => {
          if (value === policy) return;
          const next = CONSOLIDATION_POLICIES.find((p) => p === value);
          editNodePool(poolId, (p) => withConsolidationPolicy(p, next));
        }}
        error={messagesAt(problems, 'spec.disruption.consolidationPolicy')}
        hint="WhenEmpty only removes nodes with no pods; WhenEmptyOrUnderutilized also repacks pods onto fewer, cheaper nodes; Balanced repacks only when the saving outweighs the disruption."
      />
      <TextField
        label="Consolidate after"
        learn="NodePool:spec.disruption.consolidateAfter"
        value={disruption?.consolidateAfter ?? ''}
        onChange={(text) => editNodePool(poolId, (p) => withConsolidateAfter(p, text))}
        error={messagesAt(problems, 'spec.disruption.consolidateAfter')}
        hint="How long a node stays empty or underutilized first: 30s, 5m, 1h, or Never."
        mono
      />
      <div className="insp-field">
        <div className="insp-label-line">
          <span className="insp-label">Budgets</span>
          <LearnHint learn="NodePool:spec.disruption.budgets" />
        </div>
        <RowList
          items={budgets}
          noun="budget"
          variant="card"
          rowClassName="insp-grid-budget"
          empty="None: Karpenter disrupts at most 10% of the pool's nodes at once."
          onAdd={() => {
            editNodePool(poolId, withBudgetAdded);
            return undefined;
          }}
          onRemove={(index) => editNodePool(poolId, (p) => withBudgetRemoved(p, index))}
          renderRow={(budget, index) => (
            <BudgetRow poolId={poolId} index={index} budget={budget} problems={problems} />
          )}
        />
        <ProblemNotes problems={problems} path="spec.disruption.budgets" />
        <p className="insp-hint">
          A budget caps how many nodes may be disrupted at once; with a schedule and a duration it
          holds only in that window, e.g. nodes 0 on &quot;0 9 * * mon-fri&quot; for 8h.
        </p>
      </div>
      <TextField
        label="Expire after"
        learn="NodePool:spec.template.spec.expireAfter"
        value={expireAfter ?? ''}
        onChange={(text) => editNodePool(poolId, (p) => withExpireAfter(p, text))}
        error={messagesAt(expiry, 'spec.template.spec.expireAfter')}
        hint="Nodes are replaced once this old: e.g. 720h (the default when empty) or Never."
        mono
      />
      <TextField
        label="Termination grace period"
        learn="NodePool:spec.template.spec.terminationGracePeriod"
        value={terminationGracePeriod ?? ''}
        onChange={(text) => editNodePool(poolId, (p) => withTerminationGracePeriod(p, text))}
        error={messagesAt(grace, 'spec.template.spec.terminationGracePeriod')}
        hint="The longest a draining node waits for its pods, e.g. 24h; past it pods are deleted even if a PDB or do-not-disrupt blocks them. Empty: wait indefinitely."
        placeholder="24h"
        mono
      />
    </Section>
  );
}
