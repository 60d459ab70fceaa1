import type { JSX } from 'react';
import { editNodePool } from '../commands/resourceEdits';
import { resourceById } from '../domain/design/resources';
import {
  LIMIT_RESOURCES,
  poolLimits,
  templateAnnotations,
  templateLabels,
  templateTaints,
  withLimits,
  withReplicas,
  withTemplateAnnotations,
  withTemplateLabels,
  withWeight,
} from '../domain/karpenter/edits/nodePoolFieldEdits';
import { nodeClassName } from '../domain/karpenter/edits/nodePoolEdits';
import { exportedPool } from '../domain/yaml/export/manifests';
import { useFieldProblems } from '../store/useFieldProblems';
import { Field } from './fields/Field';
import { KeyValueEditor } from './fields/KeyValueEditor';
import { NumberField } from './fields/NumberField';
import { ProblemNotes } from './fields/ProblemNotes';
import { messagesAt } from './fields/problemMessages';
import { joinMessages } from './fields/problemText';
import { Section } from './fields/Section';
import { WholeNumberInput } from './fields/WholeNumberInput';
import { FormHeader } from './FormHeader';
import type { FormProps } from './formProps';
import { NameField } from './NameField';
import { PoolPlanSection } from './placement/PoolPlanSection';
import { DisruptionSection } from './nodePool/DisruptionSection';
import { labelMessages } from './nodePool/labelMessages';
import { NodeClassRefField } from './nodePool/NodeClassRefField';
import { RequirementsSection } from './nodePool/RequirementsSection';
import { TaintsSection } from './nodePool/TaintsSection';
import { ResourceProblems } from './ResourceProblems';

/** Everything a NodePool's manifest says, as a form; each change is an edit of the design. */
export function NodePoolForm({ resource: pool, design }: FormProps<'NodePool'>): JSX.Element {
  const { id, manifest } = pool;
  const labels = templateLabels(manifest);
  const annotations = templateAnnotations(manifest);
  const limits = poolLimits(manifest);
  const exported = exportedPool(design, pool);
  const profile = pool.migProfileId ? resourceById(design, pool.migProfileId) : undefined;
  const replicas = manifest.spec.replicas;
  const isStatic = replicas !== undefined;
  const general = useFieldProblems(id, 'spec');
  const labelProblems = useFieldProblems(id, 'spec.template.metadata.labels');
  const annotationProblems = useFieldProblems(id, 'spec.template.metadata.annotations');
  const limitProblems = useFieldProblems(id, 'spec.limits');
  const otherLimits = Object.keys(limits).filter((resource) => resource !== 'nodes');

  return (
    <>
      <FormHeader kind="NodePool" name={manifest.metadata.name} />
      <ResourceProblems id={id} />
      <Section title="General" path="spec">
        <NameField id={id} name={manifest.metadata.name} learn="NodePool:metadata.name" />
        <NodeClassRefField poolId={id} className={nodeClassName(manifest)} design={design} />
        <div className="insp-pair">
          <Field
            label="Weight"
            learn="NodePool:spec.weight"
            error={messagesAt(general, 'spec.weight')}
            hint="1 to 100; higher is tried first."
          >
            {(control) => (
              <WholeNumberInput
                {...control}
                className="insp-input insp-mono"
                value={manifest.spec.weight}
                placeholder="0"
                onValue={(weight) => editNodePool(id, (p) => withWeight(p, weight))}
              />
            )}
          </Field>
          <NumberField
            label="Replicas"
            learn="NodePool:spec.replicas"
            value={replicas}
            onValue={(value) => editNodePool(id, (p) => withReplicas(p, value))}
            error={messagesAt(general, 'spec.replicas')}
            placeholder="dynamic"
            hint="Makes the pool static (alpha)."
          />
        </div>
        <p className="insp-hint">
          {isStatic
            ? `A static pool keeps ${replicas} ${replicas === 1 ? 'node' : 'nodes'} whatever the pods ask for. The CRD allows it no weight and only a nodes limit; consolidation is ignored.`
            : 'Without replicas the pool grows and shrinks with the pods. Weight and replicas exclude each other.'}
        </p>
        <ProblemNotes problems={general} path="spec" />
      </Section>
      <PoolPlanSection pool={pool} />
      <RequirementsSection
        poolId={id}
        requirements={manifest.spec.template.spec.requirements}
        exported={exported.spec.template.spec.requirements}
      />
      <Section
        title="Labels"
        count={Object.keys(labels).length}
        learn="NodePool:spec.template.metadata.labels"
      >
        <KeyValueEditor
          entries={labels}
          noun="label"
          keyProblem={(key) =>
            joinMessages(labelMessages(labelProblems, `spec.template.metadata.labels[${key}]`).key)
          }
          valueProblem={(_value, key) =>
            joinMessages(
              labelMessages(labelProblems, `spec.template.metadata.labels[${key}]`).value,
            )
          }
          empty="No labels. Every node of the pool gets these; pods select them with nodeSelector."
          onEdit={(edit) => editNodePool(id, (p) => withTemplateLabels(p, edit(templateLabels(p))))}
        />
      </Section>
      <Section
        title="Annotations"
        learn="NodePool:spec.template.metadata.annotations"
        count={Object.keys(annotations).length}
        collapsed={Object.keys(annotations).length === 0}
        problems={annotationProblems}
      >
        <KeyValueEditor
          entries={annotations}
          noun="annotation"
          keyProblem={(key) =>
            joinMessages(
              messagesAt(annotationProblems, `spec.template.metadata.annotations[${key}]`),
            )
          }
          empty="No annotations. Every node of the pool gets these, e.g. for tools that read node annotations."
          onEdit={(edit) =>
            editNodePool(id, (p) => withTemplateAnnotations(p, edit(templateAnnotations(p))))
          }
        />
      </Section>
      <TaintsSection
        poolId={id}
        taints={templateTaints(manifest)}
        exported={templateTaints(exported)}
        migProfile={profile?.kind === 'MigProfile' ? profile : undefined}
        migAdopted={pool.migAdopted !== undefined}
      />
      <TaintsSection
        poolId={id}
        list="startupTaints"
        taints={templateTaints(manifest, 'startupTaints')}
        exported={templateTaints(exported, 'startupTaints')}
      />
      <Section
        title="Limits"
        path="spec.limits"
        count={Object.keys(limits).length}
        problems={limitProblems}
        learn="NodePool:spec.limits"
      >
        {isStatic && otherLimits.length > 0 ? (
          <p className="insp-note insp-note--info">
            A static pool allows only a nodes limit; {otherLimits.join(', ')} would be rejected.
          </p>
        ) : null}
        <KeyValueEditor
          entries={limits}
          noun="limit"
          keyLabel="Resource"
          valueLabel="Quantity"
          keySuggestions={LIMIT_RESOURCES}
          // The API server checks the quantities only: its errors at a limit are the value's.
          valueProblem={(_value, key) =>
            joinMessages(messagesAt(limitProblems, `spec.limits[${key}]`))
          }
          empty="No limits: the pool may grow without bound."
          onEdit={(edit) => editNodePool(id, (p) => withLimits(p, edit(poolLimits(p))))}
        />
        <p className="insp-hint">
          {isStatic
            ? 'Static pools take only nodes: the most nodes the pool may have while scaling.'
            : 'Karpenter stops launching nodes for this pool once they add up to a limit, e.g. cpu 1000 or memory 4000Gi.'}
        </p>
      </Section>
      <DisruptionSection poolId={id} pool={manifest} />
    </>
  );
}
