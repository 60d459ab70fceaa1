import type { JSX } from 'react';
import { editEC2NodeClass } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import { classTags, withTags } from '../../domain/karpenter/edits/ec2NodeClassFieldEdits';
import type { EC2NodeClass } from '../../domain/karpenter/model/types';
import { useFieldProblems } from '../../store/useFieldProblems';
import { KeyValueEditor } from '../fields/KeyValueEditor';
import { messagesAt } from '../fields/problemMessages';
import { ProblemNotes } from '../fields/ProblemNotes';
import { joinMessages } from '../fields/problemText';
import { Section } from '../fields/Section';

const PATH = 'spec.tags';

/** `spec.tags`: put on the instances, volumes, network interfaces and launch templates. */
export function TagsSection({
  classId,
  nodeClass,
}: {
  classId: ResourceId;
  nodeClass: EC2NodeClass;
}): JSX.Element {
  const problems = useFieldProblems(classId, PATH);
  const tags = classTags(nodeClass);
  return (
    <Section
      title="Tags"
      count={Object.keys(tags).length}
      problems={problems}
      learn="EC2NodeClass:spec.tags"
    >
      <ProblemNotes problems={problems} path={PATH} />
      <KeyValueEditor
        entries={tags}
        noun="tag"
        keyProblem={(key) => joinMessages(messagesAt(problems, `${PATH}[${key}]`))}
        empty="No tags. Karpenter adds its own (karpenter.sh/nodepool, eks:eks-cluster-name...); these are for cost allocation and policies."
        onEdit={(edit) => editEC2NodeClass(classId, (c) => withTags(c, edit(classTags(c))))}
      />
    </Section>
  );
}
