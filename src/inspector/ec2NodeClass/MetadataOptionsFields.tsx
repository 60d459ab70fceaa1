import type { JSX } from 'react';
import { editEC2NodeClass } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import {
  specObject,
  withSpecObjectField,
} from '../../domain/karpenter/edits/ec2NodeClassFieldEdits';
import {
  ENABLED_OR_DISABLED,
  HTTP_TOKENS,
  type EC2NodeClass,
  type MetadataOptions,
} from '../../domain/karpenter/model/types';
import { useFieldProblems } from '../../store/useFieldProblems';
import { NumberField } from '../fields/NumberField';
import { OptionalSelectField } from '../fields/OptionalSelectField';
import { messagesAt } from '../fields/problemMessages';
import { ProblemNotes } from '../fields/ProblemNotes';
import type { LearnId } from '../../domain/learn/learnEntries';

const PATH = 'spec.metadataOptions';

type TextOption = 'httpEndpoint' | 'httpProtocolIPv6' | 'httpTokens';

const LEARN: Readonly<Record<TextOption | 'httpPutResponseHopLimit', LearnId>> = {
  httpEndpoint: 'EC2NodeClass:spec.metadataOptions.httpEndpoint',
  httpProtocolIPv6: 'EC2NodeClass:spec.metadataOptions.httpProtocolIPv6',
  httpTokens: 'EC2NodeClass:spec.metadataOptions.httpTokens',
  httpPutResponseHopLimit: 'EC2NodeClass:spec.metadataOptions.httpPutResponseHopLimit',
};

/** The instance metadata service (IMDS) options of the nodes' launch template. */
export function MetadataOptionsFields({
  classId,
  nodeClass,
}: {
  classId: ResourceId;
  nodeClass: EC2NodeClass;
}): JSX.Element {
  const problems = useFieldProblems(classId, PATH);
  const options = specObject(nodeClass, 'metadataOptions');
  const edit = <F extends keyof MetadataOptions & string>(
    field: F,
    value: MetadataOptions[F] | undefined,
  ) => editEC2NodeClass(classId, (c) => withSpecObjectField(c, 'metadataOptions', field, value));
  const text = (field: TextOption) => {
    const value = options[field];
    return typeof value === 'string' ? value : undefined;
  };
  const select = (field: TextOption, label: string, choices: readonly string[], hint: string) => (
    <OptionalSelectField
      label={label}
      value={text(field)}
      choices={choices}
      unsetLabel={`(default) ${choices[0] ?? ''}`}
      onChange={(value) => edit(field, value)}
      error={messagesAt(problems, `${PATH}.${field}`)}
      hint={hint}
      learn={LEARN[field]}
    />
  );
  return (
    <>
      <ProblemNotes problems={problems} path={PATH} />
      {select(
        'httpTokens',
        'HTTP tokens',
        HTTP_TOKENS,
        'required allows IMDSv2 only, the AWS and EKS recommendation; optional also answers IMDSv1.',
      )}
      <NumberField
        label="HTTP PUT response hop limit"
        learn={LEARN.httpPutResponseHopLimit}
        narrow
        value={options.httpPutResponseHopLimit}
        onValue={(value) => edit('httpPutResponseHopLimit', value)}
        error={messagesAt(problems, `${PATH}.httpPutResponseHopLimit`)}
        placeholder="1"
        hint="1 to 64. The default 1 keeps pods off the node's credentials; 2 lets pods without host networking reach IMDS."
      />
      {select(
        'httpEndpoint',
        'HTTP endpoint',
        ENABLED_OR_DISABLED,
        'disabled turns IMDS off on the nodes altogether.',
      )}
      {select(
        'httpProtocolIPv6',
        'IPv6 endpoint',
        [...ENABLED_OR_DISABLED].reverse(),
        'Serves IMDS on fd00:ec2::254 as well, for IPv6 clusters.',
      )}
    </>
  );
}
