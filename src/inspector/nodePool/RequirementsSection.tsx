import { useId, type JSX } from 'react';
import { editNodePool } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import {
  withRequirementAdded,
  withRequirementRemoved,
} from '../../domain/karpenter/edits/requirementEdits';
import type { NodeSelectorRequirement } from '../../domain/karpenter/model/types';
import { WELL_KNOWN_LABELS } from '../../domain/karpenter/facts/wellKnownLabels';
import { exportedIndex } from '../../domain/yaml/export/exportedIndex';
import { useFieldProblems } from '../../store/useFieldProblems';
import { RowList } from '../fields/RowList';
import { Section } from '../fields/Section';
import { Suggestions } from '../fields/Suggestions';
import { RequirementRow } from './RequirementRow';

const WELL_KNOWN_KEYS = WELL_KNOWN_LABELS.map((label) => label.key);

interface RequirementsSectionProps {
  poolId: ResourceId;
  requirements: readonly NodeSelectorRequirement[];
  /** The list as exported, where the API server's problems point (a MIG profile pins its GPU). */
  exported: readonly NodeSelectorRequirement[];
}

const PATH = 'spec.template.spec.requirements';

/** The node selector requirements every node of the pool satisfies. */
export function RequirementsSection({
  poolId,
  requirements,
  exported,
}: RequirementsSectionProps): JSX.Element {
  const keyListId = useId();
  const problems = useFieldProblems(poolId, PATH);
  return (
    <Section
      title="Requirements"
      path={PATH}
      count={requirements.length}
      learn="NodePool:spec.template.spec.requirements"
    >
      <p className="insp-hint">
        Which instances the pool may launch. Requirements are ANDed; a pod&apos;s own node selectors
        narrow them further.
      </p>
      <RowList
        items={requirements}
        noun="requirement"
        variant="card"
        rowClassName="insp-grid-req"
        empty="No requirements: any instance type the EC2NodeClass allows."
        onAdd={() => {
          editNodePool(poolId, withRequirementAdded);
          return undefined;
        }}
        onRemove={(index) => editNodePool(poolId, (pool) => withRequirementRemoved(pool, index))}
        renderRow={(requirement, index) => {
          // A row the export drops (a GPU pin the profile rewrites) has no problems of its own.
          const at = exportedIndex(requirements, index, exported);
          return (
            <RequirementRow
              poolId={poolId}
              index={index}
              requirement={requirement}
              keyListId={keyListId}
              problems={problems}
              at={at === undefined ? undefined : `${PATH}[${at}]`}
            />
          );
        }}
      />
      <Suggestions id={keyListId} values={WELL_KNOWN_KEYS} />
    </Section>
  );
}
