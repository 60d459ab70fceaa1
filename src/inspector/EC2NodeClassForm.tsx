import type { JSX } from 'react';
import { poolsReferencingClass, resourceName } from '../domain/design/resources';
import { AdvancedSections } from './ec2NodeClass/AdvancedSections';
import { AmiSection } from './ec2NodeClass/AmiSection';
import { NodeIdentityField } from './ec2NodeClass/NodeIdentityField';
import { SelectorTermsSection } from './ec2NodeClass/SelectorTermsSection';
import { StorageSection } from './ec2NodeClass/StorageSection';
import { TagsSection } from './ec2NodeClass/TagsSection';
import { UserDataSection } from './ec2NodeClass/UserDataSection';
import { NameList } from './fields/NameList';
import { Section } from './fields/Section';
import { FormHeader } from './FormHeader';
import type { FormProps } from './formProps';
import { NameField } from './NameField';
import { ResourceProblems } from './ResourceProblems';

/**
 * An EC2NodeClass: how the nodes of every pool that references it are built on AWS. The fields
 * most classes set come first; kubelet, metadata, network and instance options start closed.
 */
export function EC2NodeClassForm({
  resource: nodeClass,
  design,
}: FormProps<'EC2NodeClass'>): JSX.Element {
  const { id, manifest } = nodeClass;
  const name = manifest.metadata.name;
  const users = poolsReferencingClass(design, name).map(resourceName).sort();
  const props = { classId: id, nodeClass: manifest };

  return (
    <>
      <FormHeader kind="EC2NodeClass" name={name} />
      <ResourceProblems id={id} />
      <Section title="General">
        <NameField
          id={id}
          name={name}
          hint="Renaming the class renames the reference in every pool that uses it."
          learn="EC2NodeClass:metadata.name"
        />
        <NodeIdentityField {...props} />
        <NameList
          label="Used by"
          learn="edge:nodeClassRef"
          names={users}
          empty="No NodePool uses this class yet: drag from a pool's handle to this class."
        />
      </Section>
      <AmiSection {...props} />
      <SelectorTermsSection
        {...props}
        list="subnetSelectorTerms"
        title="Subnets"
        learn="EC2NodeClass:spec.subnetSelectorTerms"
        noun="subnet term"
        tagNoun="subnet tag"
        intro="Terms are ORed; the tags within a term are ANDed. Karpenter launches into the matching subnet with the most free IPs in each zone."
        empty="No subnet terms: the class can launch nowhere."
      />
      <SelectorTermsSection
        {...props}
        list="securityGroupSelectorTerms"
        title="Security groups"
        learn="EC2NodeClass:spec.securityGroupSelectorTerms"
        noun="security group term"
        tagNoun="security group tag"
        intro="Terms are ORed; every matching security group is attached to the nodes."
        empty="No security group terms: the class can launch nothing."
      />
      <StorageSection {...props} />
      <UserDataSection {...props} />
      <TagsSection {...props} />
      <SelectorTermsSection
        {...props}
        list="capacityReservationSelectorTerms"
        title="Capacity reservations"
        learn="EC2NodeClass:spec.capacityReservationSelectorTerms"
        noun="capacity reservation term"
        tagNoun="capacity reservation tag"
        intro="On-demand capacity reservations the class may launch into; pools that allow the reserved capacity type use them first."
        empty="None: no reserved capacity."
        collapsed
      />
      <AdvancedSections {...props} />
    </>
  );
}
