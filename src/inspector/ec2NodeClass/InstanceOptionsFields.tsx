import type { JSX } from 'react';
import { editEC2NodeClass } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import {
  specObject,
  withPlacementGroup,
  withSpecField,
  withSpecObjectField,
  withSpecText,
} from '../../domain/karpenter/edits/ec2NodeClassFieldEdits';
import { ENABLED_OR_DISABLED, type EC2NodeClass } from '../../domain/karpenter/model/types';
import { useFieldProblems } from '../../store/useFieldProblems';
import { BooleanField } from '../fields/BooleanField';
import { Field } from '../fields/Field';
import { OptionalSelectField } from '../fields/OptionalSelectField';
import { messagesAt } from '../fields/problemMessages';
import { TextField } from '../fields/TextField';
import { TextInput } from '../fields/TextInput';

/** Less common instance settings: monitoring, nested virtualization, placement group, context. */
export function InstanceOptionsFields({
  classId,
  nodeClass,
}: {
  classId: ResourceId;
  nodeClass: EC2NodeClass;
}): JSX.Element {
  const { spec } = nodeClass;
  const monitoring = useFieldProblems(classId, 'spec.detailedMonitoring');
  const cpu = useFieldProblems(classId, 'spec.cpuOptions');
  const placement = useFieldProblems(classId, 'spec.placementGroupSelector');
  const context = useFieldProblems(classId, 'spec.context');
  const cpuOptions = specObject(nodeClass, 'cpuOptions');
  const group = specObject(nodeClass, 'placementGroupSelector');
  const groupBy = 'id' in group ? 'id' : 'name' in group ? 'name' : undefined;
  const groupValue = groupBy === undefined ? '' : String(group[groupBy] ?? '');
  const nested = cpuOptions.nestedVirtualization;

  return (
    <>
      <BooleanField
        label="Detailed monitoring"
        learn="EC2NodeClass:spec.detailedMonitoring"
        value={spec.detailedMonitoring}
        unsetLabel="(default) false"
        onChange={(value) =>
          editEC2NodeClass(classId, (c) => withSpecField(c, 'detailedMonitoring', value))
        }
        error={messagesAt(monitoring, 'spec.detailedMonitoring')}
        hint="CloudWatch metrics every minute instead of every five, at extra cost."
      />
      <OptionalSelectField
        label="Nested virtualization"
        learn="EC2NodeClass:spec.cpuOptions.nestedVirtualization"
        value={typeof nested === 'string' ? nested : undefined}
        choices={ENABLED_OR_DISABLED}
        unsetLabel="(not set)"
        onChange={(value) =>
          editEC2NodeClass(classId, (c) =>
            withSpecObjectField(c, 'cpuOptions', 'nestedVirtualization', value),
          )
        }
        error={messagesAt(cpu, 'spec.cpuOptions.nestedVirtualization').concat(
          messagesAt(cpu, 'spec.cpuOptions'),
        )}
        hint="enabled limits the pool to instance types that support it, e.g. for Kata or Firecracker VMs in pods."
      />
      <Field
        label="Placement group"
        learn="EC2NodeClass:spec.placementGroupSelector"
        error={messagesAt(placement, 'spec.placementGroupSelector').concat(
          groupBy ? messagesAt(placement, `spec.placementGroupSelector.${groupBy}`) : [],
        )}
        hint="An existing cluster, partition or spread group, chosen by name or by ID (pg-...)."
      >
        {(control) => (
          <div className="insp-inline">
            <label className="visually-hidden" htmlFor={`${control.id}-by`}>
              Placement group chosen by
            </label>
            <select
              id={`${control.id}-by`}
              className="insp-input insp-inline-select"
              value={groupBy ?? ''}
              onChange={(event) => {
                const by = event.target.value;
                editEC2NodeClass(classId, (c) =>
                  withPlacementGroup(c, by === 'name' || by === 'id' ? by : undefined, groupValue),
                );
              }}
            >
              <option value="">(none)</option>
              <option value="name">by name</option>
              <option value="id">by ID</option>
            </select>
            <TextInput
              {...control}
              className="insp-input insp-mono"
              value={groupValue}
              disabled={groupBy === undefined}
              placeholder={groupBy === 'id' ? 'pg-0123456789abcdef0' : 'my-placement-group'}
              onChange={(event) => {
                const text = event.target.value;
                editEC2NodeClass(classId, (c) => withPlacementGroup(c, groupBy, text));
              }}
            />
          </div>
        )}
      </Field>
      <TextField
        label="Context"
        learn="EC2NodeClass:spec.context"
        value={typeof spec.context === 'string' ? spec.context : ''}
        onChange={(text) => editEC2NodeClass(classId, (c) => withSpecText(c, 'context', text))}
        error={messagesAt(context, 'spec.context')}
        hint="A reserved field of the EC2 CreateFleet API, passed through; leave it empty unless AWS gave you a value."
        mono
      />
    </>
  );
}
