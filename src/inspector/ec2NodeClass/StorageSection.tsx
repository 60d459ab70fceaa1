import type { JSX } from 'react';
import { editEC2NodeClass } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import {
  blockDeviceMappings,
  withMappingAdded,
  withMappingRemoved,
} from '../../domain/karpenter/edits/blockDeviceMappingEdits';
import { withSpecText } from '../../domain/karpenter/edits/ec2NodeClassFieldEdits';
import type { EC2NodeClass } from '../../domain/karpenter/model/types';
import { useFieldProblems } from '../../store/useFieldProblems';
import { OptionalSelectField } from '../fields/OptionalSelectField';
import { messagesAt } from '../fields/problemMessages';
import { ProblemNotes } from '../fields/ProblemNotes';
import { RowList } from '../fields/RowList';
import { Section } from '../fields/Section';
import { BlockDeviceMappingRow } from './BlockDeviceMappingRow';

const INSTANCE_STORE_POLICIES = ['RAID0'] as const;

/** Block device mappings (EBS volumes) and what to do with the instance store disks. */
export function StorageSection({
  classId,
  nodeClass,
}: {
  classId: ResourceId;
  nodeClass: EC2NodeClass;
}): JSX.Element {
  const mappings = blockDeviceMappings(nodeClass);
  const problems = useFieldProblems(classId, 'spec.blockDeviceMappings');
  const policyProblems = useFieldProblems(classId, 'spec.instanceStorePolicy');
  return (
    <Section
      title="Storage"
      count={mappings.length + (nodeClass.spec.instanceStorePolicy === undefined ? 0 : 1)}
      problems={[...problems, ...policyProblems]}
      learn="EC2NodeClass:spec.blockDeviceMappings"
    >
      <ProblemNotes problems={problems} path="spec.blockDeviceMappings" />
      <RowList
        items={mappings}
        noun="block device"
        variant="card"
        rowClassName="insp-grid-3"
        empty="None: the AMI family's default root volume (20Gi gp3 on AL2023; Bottlerocket adds a data volume)."
        onAdd={() => {
          editEC2NodeClass(classId, withMappingAdded);
          return undefined;
        }}
        onRemove={(index) => editEC2NodeClass(classId, (c) => withMappingRemoved(c, index))}
        renderRow={(mapping, index) => (
          <BlockDeviceMappingRow
            classId={classId}
            index={index}
            mapping={mapping}
            problems={problems}
          />
        )}
      />
      <OptionalSelectField
        label="Instance store policy"
        learn="EC2NodeClass:spec.instanceStorePolicy"
        value={nodeClass.spec.instanceStorePolicy}
        choices={INSTANCE_STORE_POLICIES}
        unsetLabel="(not set) leave the NVMe disks alone"
        onChange={(policy) =>
          editEC2NodeClass(classId, (c) => withSpecText(c, 'instanceStorePolicy', policy ?? ''))
        }
        error={messagesAt(policyProblems, 'spec.instanceStorePolicy')}
        hint="RAID0 stripes the instance's local NVMe disks into one array and puts the kubelet, containerd and pod storage on it."
      />
    </Section>
  );
}
