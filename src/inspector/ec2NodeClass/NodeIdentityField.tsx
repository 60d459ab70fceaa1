import { useState, type JSX } from 'react';
import { editEC2NodeClass } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import {
  nodeIdentity,
  withNodeIdentity,
  withSpecField,
  type NodeIdentity,
} from '../../domain/karpenter/edits/ec2NodeClassFieldEdits';
import type { EC2NodeClass } from '../../domain/karpenter/model/types';
import { useFieldProblems } from '../../store/useFieldProblems';
import { messagesAt } from '../fields/problemMessages';
import { RadioChoice, type RadioOption } from '../fields/RadioChoice';
import { TextField } from '../fields/TextField';

const IDENTITIES: readonly RadioOption<NodeIdentity>[] = [
  { value: 'role', label: 'Role' },
  { value: 'instanceProfile', label: 'Instance profile' },
];

/**
 * The IAM identity of the nodes: a role (Karpenter makes an instance profile for it) or an
 * existing instance profile. The CRD wants exactly one, so they are one choice.
 */
export function NodeIdentityField({
  classId,
  nodeClass,
}: {
  classId: ResourceId;
  nodeClass: EC2NodeClass;
}): JSX.Element {
  const { role, instanceProfile } = nodeClass.spec;
  // With neither set, the choice is the user's until they type a name.
  const [chosen, setChosen] = useState<NodeIdentity>(nodeIdentity(nodeClass));
  const identity: NodeIdentity =
    role !== undefined ? 'role' : instanceProfile !== undefined ? 'instanceProfile' : chosen;
  const name = (identity === 'role' ? role : instanceProfile) ?? '';
  const problems = useFieldProblems(classId, `spec.${identity}`);
  const error = messagesAt(problems, `spec.${identity}`);

  return (
    <>
      <RadioChoice
        legend="Node identity"
        value={identity}
        options={IDENTITIES}
        onChange={(next) => {
          setChosen(next);
          if (next !== identity) {
            editEC2NodeClass(classId, (c) => withNodeIdentity(c, next, name));
          }
        }}
      />
      <TextField
        label={identity === 'role' ? 'Role' : 'Instance profile'}
        learn={identity === 'role' ? 'EC2NodeClass:spec.role' : 'EC2NodeClass:spec.instanceProfile'}
        value={name}
        onChange={(text) =>
          // Only this field: a class that sets both keeps both until the user chooses.
          editEC2NodeClass(classId, (c) =>
            withSpecField(c, identity, text === '' ? undefined : text),
          )
        }
        error={error}
        hint={
          identity === 'role'
            ? 'The IAM role the nodes run as; Karpenter creates an instance profile for it. E.g. KarpenterNodeRole-my-cluster.'
            : 'An existing instance profile whose role Karpenter may pass (iam:PassRole). Karpenter leaves it as it is.'
        }
        mono
      />
    </>
  );
}
