import type { JSX } from 'react';
import { editWorkload } from '../commands/resourceEdits';
import {
  CONTROLLER_KINDS,
  hasReplicas,
  replicasOfManifest,
  withControllerKind,
  withReplicas,
} from '../domain/kube/workloadManifest';
import { useFieldProblems } from '../store/useFieldProblems';
import { ConsolidationSection } from './consolidation/ConsolidationSection';
import { NumberField } from './fields/NumberField';
import { ProblemNotes } from './fields/ProblemNotes';
import { Section } from './fields/Section';
import { SelectField } from './fields/SelectField';
import { FormHeader } from './FormHeader';
import type { FormProps } from './formProps';
import { NameField } from './NameField';
import { ResourceProblems } from './ResourceProblems';

const KIND_OPTIONS = CONTROLLER_KINDS.map((kind) => ({ value: kind, label: kind }));

/** A workload's controller, replicas and pod template: what placement depends on. */
export function WorkloadForm({ resource: workload }: FormProps<'Workload'>): JSX.Element {
  const { id, manifest } = workload;
  const general = useFieldProblems(id, 'spec');
  return (
    <>
      <FormHeader kind="Workload" name={manifest.metadata.name} />
      <ResourceProblems id={id} />
      <Section title="General">
        <NameField id={id} name={manifest.metadata.name} learn="kind:Workload" />
        <div className="insp-pair">
          <SelectField
            label="Kind"
            value={manifest.kind}
            options={KIND_OPTIONS}
            onChange={(kind) => editWorkload(id, (m) => withControllerKind(m, kind))}
          />
          {hasReplicas(manifest.kind) ? (
            <NumberField
              label={
                manifest.kind === 'Job' || manifest.kind === 'CronJob' ? 'Parallelism' : 'Replicas'
              }
              learn="Workload:spec.replicas"
              value={replicasOfManifest(manifest)}
              onValue={(value) => editWorkload(id, (m) => withReplicas(m, value ?? 1))}
            />
          ) : null}
        </div>
        <ProblemNotes problems={general} path="spec" />
      </Section>
      {hasReplicas(manifest.kind) ? (
        <ConsolidationSection id={id} replicas={replicasOfManifest(manifest)} />
      ) : null}
    </>
  );
}
