import type { JSX } from 'react';
import { editEC2NodeClass } from '../commands/resourceEdits';
import { poolsReferencingClass, resourceName } from '../domain/design/resources';
import type { Design, EC2NodeClassResource } from '../domain/design/types';
import { withRole, type TagSelectorField } from '../domain/karpenter/ec2NodeClassFieldEdits';
import { roleProblem } from '../domain/karpenter/ec2NodeClassFieldProblems';
import { AmiField } from './ec2NodeClass/AmiField';
import { SelectorTagsField } from './ec2NodeClass/SelectorTagsField';
import { NameList } from './fields/NameList';
import { Section } from './fields/Section';
import { TextField } from './fields/TextField';
import { FormHeader } from './FormHeader';
import { NameField } from './NameField';
import { ResourceProblems } from './ResourceProblems';

/** The selector terms edited as tags, each in its own section. */
const TAG_SELECTORS: readonly { field: TagSelectorField; title: string; noun: string }[] = [
  { field: 'subnetSelectorTerms', title: 'Subnet selector', noun: 'subnet' },
  { field: 'securityGroupSelectorTerms', title: 'Security group selector', noun: 'security group' },
];

/** An EC2NodeClass: how the nodes of every pool that references it are built on AWS. */
export function EC2NodeClassForm({
  nodeClass,
  design,
}: {
  nodeClass: EC2NodeClassResource;
  design: Design;
}): JSX.Element {
  const { id, manifest } = nodeClass;
  const name = manifest.metadata.name;
  const users = poolsReferencingClass(design, name).map(resourceName).sort();
  const profile = manifest.spec.instanceProfile;

  return (
    <>
      <FormHeader kind="EC2NodeClass" name={name} />
      <ResourceProblems id={id} />
      <Section title="General">
        <NameField
          id={id}
          name={name}
          hint="Renaming the class renames the reference in every pool that uses it."
        />
        <NameList
          label="Used by"
          names={users}
          empty="No NodePool uses this class yet: drag from a pool's handle to this class."
        />
      </Section>
      <Section title="Instances">
        <AmiField classId={id} nodeClass={manifest} />
        <TextField
          label="Role"
          value={manifest.spec.role ?? ''}
          onChange={(role) => editEC2NodeClass(id, 'role', (c) => withRole(c, role))}
          error={roleProblem(manifest.spec)}
          hint={
            typeof profile === 'string'
              ? `This class also sets instanceProfile ${profile}; use one or the other.`
              : 'The IAM role the nodes run as, e.g. KarpenterNodeRole-my-cluster.'
          }
          mono
        />
      </Section>
      {TAG_SELECTORS.map(({ field, title, noun }) => (
        <Section key={field} title={title}>
          <SelectorTagsField classId={id} nodeClass={manifest} field={field} noun={noun} />
        </Section>
      ))}
    </>
  );
}
