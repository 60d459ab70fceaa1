import { memo, useId, type JSX } from 'react';
import type { ResourceId } from '../../domain/design/types';
import {
  containerNameProblem,
  withContainerAdded,
  withContainerAt,
  withContainerRemoved,
  withImage,
} from '../../domain/kube/containerEdits';
import type { Container } from '../../domain/kube/podSpec';
import { RowCell } from '../fields/RowCell';
import { describedByError, RowErrors } from '../fields/RowErrors';
import { RowList } from '../fields/RowList';
import { Section } from '../fields/Section';
import { TextInput } from '../fields/TextInput';
import { editPod } from './editPod';
import { ResourceTable } from './ResourceTable';

interface ContainersSectionProps {
  id: ResourceId;
  containers: readonly Container[];
  /** The resources a container may ask for in this design (the MIG profiles' included). */
  resources: readonly string[];
}

/** The pod's containers, each with its image and what it requests and is limited to. */
export const ContainersSection = memo(function ContainersSection({
  id,
  containers,
  resources,
}: ContainersSectionProps): JSX.Element {
  return (
    <Section
      title="Containers"
      count={containers.length}
      learn="Workload:spec.template.spec.containers"
    >
      <p className="insp-hint">
        Requests place the pod: Karpenter adds them up and fits them to a node&apos;s allocatable.
        Limits only cap it at run time.
      </p>
      <RowList
        items={containers}
        noun="container"
        variant="card"
        empty="No containers: the API server refuses a pod without one."
        onAdd={() => {
          editPod(id, withContainerAdded);
          return undefined;
        }}
        onRemove={(index) => editPod(id, (spec) => withContainerRemoved(spec, index))}
        renderRow={(container, index) => (
          <ContainerCard
            id={id}
            index={index}
            container={container}
            containers={containers}
            resources={resources}
          />
        )}
      />
    </Section>
  );
});

function ContainerCard({
  id,
  index,
  container,
  containers,
  resources,
}: {
  id: ResourceId;
  index: number;
  container: Container;
  containers: readonly Container[];
  resources: readonly string[];
}): JSX.Element {
  const cellId = useId();
  const row = `container ${index + 1}`;
  const nameError = containerNameProblem(containers, index);
  const edit = (update: (c: Container) => Container) =>
    editPod(id, (spec) => withContainerAt(spec, index, update));
  return (
    <>
      <div className="insp-pair insp-span-all">
        <RowCell htmlFor={`${cellId}-name`} label="Name" row={row}>
          <TextInput
            id={`${cellId}-name`}
            className="insp-input insp-mono"
            value={container.name ?? ''}
            onChange={(event) => {
              const name = event.target.value;
              edit((c) => ({ ...c, name }));
            }}
            {...describedByError(`${cellId}-name-error`, nameError)}
          />
        </RowCell>
        <RowCell htmlFor={`${cellId}-image`} label="Image" row={row}>
          <TextInput
            id={`${cellId}-image`}
            className="insp-input insp-mono"
            value={container.image ?? ''}
            title={container.image}
            onChange={(event) => {
              const image = event.target.value;
              edit((c) => withImage(c, image));
            }}
          />
        </RowCell>
      </div>
      <RowErrors errors={[{ id: `${cellId}-name-error`, field: 'Name', message: nameError }]} />
      <div className="insp-span-all">
        <ResourceTable container={container} row={row} resources={resources} onEdit={edit} />
      </div>
    </>
  );
}
