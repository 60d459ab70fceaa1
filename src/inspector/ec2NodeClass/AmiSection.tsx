import type { JSX } from 'react';
import { editEC2NodeClass } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import { aliasTerm } from '../../domain/karpenter/facts/amiFamilies';
import { withSpecText } from '../../domain/karpenter/edits/ec2NodeClassFieldEdits';
import { AMI_FAMILIES, type EC2NodeClass } from '../../domain/karpenter/model/types';
import { useFieldProblems } from '../../store/useFieldProblems';
import { OptionalSelectField } from '../fields/OptionalSelectField';
import { messagesAt } from '../fields/problemMessages';
import { SelectorTermsSection } from './SelectorTermsSection';

/** The AMI: selector terms (an EKS-optimized alias, or IDs, names, tags, an SSM parameter) and the family. */
export function AmiSection({
  classId,
  nodeClass,
}: {
  classId: ResourceId;
  nodeClass: EC2NodeClass;
}): JSX.Element {
  const alias = aliasTerm(nodeClass.spec);
  const problems = useFieldProblems(classId, 'spec.amiFamily');
  const family = nodeClass.spec.amiFamily;
  return (
    <SelectorTermsSection
      classId={classId}
      nodeClass={nodeClass}
      list="amiSelectorTerms"
      title="AMI"
      learn="EC2NodeClass:spec.amiSelectorTerms"
      noun="AMI term"
      tagNoun="AMI tag"
      intro="Terms are ORed; an alias must be the only term. @latest follows every AMI release (and drifts nodes): pin a version such as al2023@v20250505 in production."
      empty="No AMI terms: add one."
    >
      <OptionalSelectField
        label="AMI family"
        learn="EC2NodeClass:spec.amiFamily"
        value={family}
        choices={AMI_FAMILIES}
        unsetLabel={alias ? `(from the alias) ${alias.family}` : '(not set)'}
        onChange={(next) =>
          editEC2NodeClass(classId, (c) => withSpecText(c, 'amiFamily', next ?? ''))
        }
        error={messagesAt(problems, 'spec.amiFamily')}
        hint={
          alias
            ? 'Optional with an alias. Custom passes the user data through without Karpenter’s bootstrap.'
            : 'Required without an alias: it decides the user data format and the default block devices.'
        }
      />
    </SelectorTermsSection>
  );
}
