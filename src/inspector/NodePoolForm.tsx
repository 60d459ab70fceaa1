import type { JSX } from 'react';
import { editNodePool } from '../commands/resourceEdits';
import type { Design, NodePoolResource } from '../domain/design/types';
import {
  labelKeyProblem,
  labelValueProblem,
  qualifiedNameProblem,
} from '../domain/karpenter/labelProblems';
import {
  LIMIT_RESOURCES,
  poolLimits,
  templateLabels,
  withLimits,
  withTemplateLabels,
  withWeight,
} from '../domain/karpenter/nodePoolFieldEdits';
import { quantityProblem, weightProblem } from '../domain/karpenter/nodePoolFieldProblems';
import { nodeClassName } from '../domain/karpenter/nodePoolEdits';
import { Field } from './fields/Field';
import { KeyValueEditor } from './fields/KeyValueEditor';
import { Section } from './fields/Section';
import { WholeNumberInput } from './fields/WholeNumberInput';
import { FormHeader } from './FormHeader';
import { NameField } from './NameField';
import { DisruptionSection } from './nodePool/DisruptionSection';
import { NodeClassRefField } from './nodePool/NodeClassRefField';
import { RequirementsSection } from './nodePool/RequirementsSection';
import { TaintsSection } from './nodePool/TaintsSection';
import { ResourceProblems } from './ResourceProblems';

/** Everything a NodePool's manifest says, as a form; each change is an edit of the design. */
export function NodePoolForm({
  pool,
  design,
}: {
  pool: NodePoolResource;
  design: Design;
}): JSX.Element {
  const { id, manifest } = pool;
  const labels = templateLabels(manifest);
  const limits = poolLimits(manifest);
  const profile = pool.migProfileId ? design.resources[pool.migProfileId] : undefined;

  return (
    <>
      <FormHeader kind="NodePool" name={manifest.metadata.name} />
      <ResourceProblems id={id} />
      <Section title="General">
        <NameField id={id} name={manifest.metadata.name} />
        <NodeClassRefField poolId={id} className={nodeClassName(manifest)} design={design} />
        <Field
          label="Weight"
          error={weightProblem(manifest.spec)}
          hint="Optional, 1 to 100: pools with a higher weight are tried first. The CRD does not allow weight together with replicas."
        >
          {(control) => (
            <WholeNumberInput
              {...control}
              className="insp-input insp-mono insp-narrow"
              value={manifest.spec.weight}
              onValue={(weight) => editNodePool(id, 'weight', (p) => withWeight(p, weight))}
            />
          )}
        </Field>
      </Section>
      <RequirementsSection poolId={id} requirements={manifest.spec.template.spec.requirements} />
      <Section title="Labels" count={Object.keys(labels).length}>
        <KeyValueEditor
          entries={labels}
          noun="label"
          keyProblem={labelKeyProblem}
          valueProblem={(value) => labelValueProblem(String(value))}
          empty="No labels. Every node of the pool gets these; pods select them with nodeSelector."
          onEdit={(edit, field) =>
            editNodePool(id, `labels.${field}`, (p) =>
              withTemplateLabels(p, edit(templateLabels(p))),
            )
          }
        />
      </Section>
      <TaintsSection
        poolId={id}
        taints={manifest.spec.template.spec.taints ?? []}
        migProfile={profile?.kind === 'MigProfile' ? profile : undefined}
      />
      <Section title="Limits" count={Object.keys(limits).length}>
        <KeyValueEditor
          entries={limits}
          noun="limit"
          keyLabel="Resource"
          valueLabel="Quantity"
          keySuggestions={LIMIT_RESOURCES}
          keyProblem={qualifiedNameProblem}
          valueProblem={quantityProblem}
          empty="No limits: the pool may grow without bound."
          onEdit={(edit, field) =>
            editNodePool(id, `limits.${field}`, (p) => withLimits(p, edit(poolLimits(p))))
          }
        />
        <p className="insp-hint">
          Karpenter stops launching nodes for this pool once they add up to a limit, e.g. cpu 1000
          or memory 4000Gi.
        </p>
      </Section>
      <DisruptionSection poolId={id} pool={manifest} />
    </>
  );
}
