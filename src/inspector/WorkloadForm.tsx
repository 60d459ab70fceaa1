import './workload/workload.css';
import type { JSX } from 'react';
import { editWorkload } from '../commands/resourceEdits';
import {
  CONTROLLER_KINDS,
  hasReplicas,
  podSpecOf,
  replicasOfManifest,
  withControllerKind,
} from '../domain/kube/workloadManifest';
import type { Toleration } from '../domain/kube/podSpec';
import { useFieldProblems } from '../store/useFieldProblems';
import { ConsolidationSection } from './consolidation/ConsolidationSection';
import { ProblemNotes } from './fields/ProblemNotes';
import { Section } from './fields/Section';
import { SelectField } from './fields/SelectField';
import { FormHeader } from './FormHeader';
import type { FormProps } from './formProps';
import { NameField } from './NameField';
import { PlacementSection } from './placement/PlacementSection';
import { ResourceProblems } from './ResourceProblems';
import { PENDING_RULE } from '../domain/scheduling/present/planProblems';
import { ContainersSection } from './workload/ContainersSection';
import { NodeAffinitySection } from './workload/NodeAffinitySection';
import { NodeSelectorSection } from './workload/NodeSelectorSection';
import { ReplicasField } from './workload/ReplicasField';
import { SpreadSection } from './workload/SpreadSection';
import { TolerationsSection } from './workload/TolerationsSection';
import { useLabelSuggestions } from './workload/useLabelSuggestions';

const KIND_OPTIONS = CONTROLLER_KINDS.map((kind) => ({ value: kind, label: kind }));
/**
 * The same empty values on every render: the sections are memoised, and a replicas key leaves
 * the pod template as it was, so they skip it.
 */
const NO_LABELS: Readonly<Record<string, string>> = {};
const NO_TOLERATIONS: readonly Toleration[] = [];

/** A workload's controller, replicas and pod template: what placement depends on. */
export function WorkloadForm({ resource: workload }: FormProps<'Workload'>): JSX.Element {
  const { id, manifest } = workload;
  const general = useFieldProblems(id, 'spec');
  const { suggestions } = useLabelSuggestions();
  const spec = podSpecOf(manifest);
  return (
    <>
      <FormHeader kind="Workload" name={manifest.metadata.name} />
      {/* Placement says why pods stay pending; the warning above the form would repeat it and
          push the form down under a dragging slider each time it comes and goes. */}
      <ResourceProblems id={id} omitRule={PENDING_RULE} />
      <Section title="General">
        <NameField id={id} name={manifest.metadata.name} learn="kind:Workload" />
        <SelectField
          label="Kind"
          value={manifest.kind}
          options={KIND_OPTIONS}
          onChange={(kind) => editWorkload(id, (m) => withControllerKind(m, kind))}
        />
        {hasReplicas(manifest.kind) ? (
          <ReplicasField
            id={id}
            label={
              manifest.kind === 'Job' || manifest.kind === 'CronJob' ? 'Parallelism' : 'Replicas'
            }
            replicas={replicasOfManifest(manifest)}
          />
        ) : (
          <p className="insp-hint">
            {manifest.kind === 'DaemonSet'
              ? 'A DaemonSet runs one pod on every node it tolerates: it has no replicas.'
              : 'A Pod is one pod.'}
          </p>
        )}
        <ProblemNotes problems={general} path="spec" />
      </Section>
      <PlacementSection workload={workload} />
      <ContainersSection id={id} containers={spec.containers} resources={suggestions.resources} />
      <NodeSelectorSection id={id} nodeSelector={spec.nodeSelector ?? NO_LABELS} />
      <TolerationsSection id={id} tolerations={spec.tolerations ?? NO_TOLERATIONS} />
      <NodeAffinitySection id={id} spec={spec} />
      <SpreadSection id={id} manifest={manifest} />
      {hasReplicas(manifest.kind) ? (
        <ConsolidationSection id={id} replicas={replicasOfManifest(manifest)} />
      ) : null}
    </>
  );
}
