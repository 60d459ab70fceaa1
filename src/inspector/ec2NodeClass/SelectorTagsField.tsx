import type { JSX } from 'react';
import { editEC2NodeClass } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import { DISCOVERY_TAG_KEY } from '../../domain/karpenter/defaults';
import {
  firstTermTags,
  withFirstTermTags,
  type TagSelectorField,
} from '../../domain/karpenter/ec2NodeClassFieldEdits';
import {
  selectorTagKeyProblem,
  selectorTagValueProblem,
  selectorTermsProblem,
} from '../../domain/karpenter/ec2NodeClassFieldProblems';
import type { EC2NodeClass } from '../../domain/karpenter/types';
import { KeyValueEditor } from '../fields/KeyValueEditor';

interface SelectorTagsFieldProps {
  classId: ResourceId;
  nodeClass: EC2NodeClass;
  field: TagSelectorField;
  /** "subnet" or "security group", for the row labels. */
  noun: string;
}

/** The tags of the first subnet or security group selector term. */
export function SelectorTagsField({
  classId,
  nodeClass,
  field,
  noun,
}: SelectorTagsFieldProps): JSX.Element {
  const terms = nodeClass.spec[field];
  const more = terms.length - 1;
  const problem = selectorTermsProblem(terms);
  return (
    <div className="insp-field">
      {problem ? <p className="insp-error">{problem}</p> : null}
      <KeyValueEditor
        entries={firstTermTags(nodeClass, field)}
        noun={`${noun} tag`}
        keySuggestions={[DISCOVERY_TAG_KEY]}
        keyProblem={selectorTagKeyProblem}
        valueProblem={(value) => selectorTagValueProblem(String(value))}
        empty={`No tags in the first term.`}
        onEdit={(edit, editField) =>
          editEC2NodeClass(classId, `${field}.0.tags.${editField}`, (c) =>
            withFirstTermTags(c, field, edit(firstTermTags(c, field))),
          )
        }
      />
      {more > 0 ? (
        <p className="insp-hint">
          +{more} more {more === 1 ? 'term' : 'terms'} (ORed with this one), kept as they are.
        </p>
      ) : null}
    </div>
  );
}
