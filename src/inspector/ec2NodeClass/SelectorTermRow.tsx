import { useId, type JSX } from 'react';
import { editEC2NodeClass } from '../../commands/resourceEdits';
import type { ResourceId } from '../../domain/design/types';
import {
  termFields,
  termForm,
  termForms,
  termTags,
  withSelectorTermAt,
  withTermForm,
  withTermTags,
  withTermText,
  type SelectorTerm,
  type SelectorTermList,
} from '../../domain/karpenter/edits/selectorTermEdits';
import { DISCOVERY_TAG_KEY } from '../../domain/karpenter/model/defaults';
import { INSTANCE_MATCH_CRITERIA } from '../../domain/karpenter/model/types';
import { AMI_ALIASES } from '../../domain/karpenter/facts/wellKnownLabels';
import type { Problem } from '../../domain/validation/problem';
import { KeyValueEditor } from '../fields/KeyValueEditor';
import { messagesAt } from '../fields/problemMessages';
import { joinMessages } from '../fields/problemText';
import { RowCell } from '../fields/RowCell';
import { describedByError, RowErrors } from '../fields/RowErrors';
import { Suggestions } from '../fields/Suggestions';
import { TextInput } from '../fields/TextInput';
import type { LearnId } from '../../domain/learn/learnEntries';

interface SelectorTermRowProps {
  classId: ResourceId;
  list: SelectorTermList;
  index: number;
  term: SelectorTerm;
  /** The row in words, e.g. "subnet term 2", for the controls' accessible names. */
  row: string;
  tagNoun: string;
  /** The problems list's entries under this list. */
  problems: readonly Problem[];
}

interface TextFieldSpec {
  label: string;
  placeholder?: string;
  suggestions?: readonly string[];
  /** The learn entry for the field, where there is one (domain/learn). */
  learn?: LearnId;
}

/** How each text field of a term is labelled, with an example of its value. */
function textField(list: SelectorTermList, field: string): TextFieldSpec {
  switch (field) {
    case 'alias':
      return {
        label: 'AMI alias',
        placeholder: 'al2023@v20250505',
        suggestions: AMI_ALIASES,
        learn: 'EC2NodeClass:spec.amiSelectorTerms[].alias',
      };
    case 'id':
      return { label: 'ID', placeholder: ID_EXAMPLES[list] };
    case 'name':
      return {
        label: 'Name',
        placeholder: list === 'amiSelectorTerms' ? 'my-ami-*' : 'my-security-group',
      };
    case 'owner':
      return {
        label: 'Owner',
        placeholder: 'self, amazon or an account ID',
        suggestions: ['self', 'amazon', 'aws-marketplace'],
      };
    case 'ssmParameter':
      return {
        label: 'SSM parameter',
        placeholder:
          '/aws/service/eks/optimized-ami/1.33/amazon-linux-2023/x86_64/standard/recommended/image_id',
      };
    case 'ownerID':
      return { label: 'Owner account', placeholder: '123456789012' };
    default:
      return { label: field };
  }
}

const ID_EXAMPLES: Readonly<Record<SelectorTermList, string>> = {
  amiSelectorTerms: 'ami-0123456789abcdef0',
  subnetSelectorTerms: 'subnet-0123456789abcdef0',
  securityGroupSelectorTerms: 'sg-0123456789abcdef0',
  capacityReservationSelectorTerms: 'cr-0123456789abcdef0',
};

/** One selector term: the form it selects by, then that form's fields. */
export function SelectorTermRow({
  classId,
  list,
  index,
  term,
  row,
  tagNoun,
  problems,
}: SelectorTermRowProps): JSX.Element {
  const id = useId();
  const at = `spec.${list}[${index}]`;
  const form = termForm(list, term);
  const fields = termFields(list, term);
  const edit = (update: (term: SelectorTerm) => SelectorTerm) =>
    editEC2NodeClass(classId, (c) => withSelectorTermAt(c, list, index, update));

  const errors: { field: string; label: string; message: string | undefined }[] = [];
  const cells = fields.map((field) => {
    const controlId = `${id}-${field}`;
    if (field === 'tags') {
      return (
        <div className="insp-cell insp-span-all" key={field}>
          <span className="insp-label">Tags</span>
          <KeyValueEditor
            entries={termTags(term)}
            noun={tagNoun}
            compact
            keySuggestions={[DISCOVERY_TAG_KEY]}
            // The API server reports an empty key or value at the tag's entry: an empty key is
            // the key's fault, else the value is.
            keyProblem={(key) =>
              key === '' ? joinMessages(messagesAt(problems, `${at}.tags[]`)) : undefined
            }
            valueProblem={(_value, key) =>
              key === '' ? undefined : joinMessages(messagesAt(problems, `${at}.tags[${key}]`))
            }
            empty="No tags yet: add one, e.g. karpenter.sh/discovery = my-cluster."
            onEdit={(mapEdit) => edit((t) => withTermTags(t, mapEdit(termTags(t))))}
          />
        </div>
      );
    }
    const value = term[field];
    // A value of another type (a bad import) is shown as JSON, and replaced once edited.
    const text =
      typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
    if (field === 'instanceMatchCriteria') {
      const known: readonly string[] = INSTANCE_MATCH_CRITERIA;
      const choices = text === '' || known.includes(text) ? known : [...known, text];
      const message = joinMessages(messagesAt(problems, `${at}.${field}`));
      errors.push({ field: controlId, label: 'Match criteria', message });
      return (
        <RowCell htmlFor={controlId} label="Match criteria" row={row} key={field} optional>
          <select
            id={controlId}
            className="insp-input"
            value={text}
            onChange={(event) => {
              const next = event.target.value;
              edit((t) => withTermText(list, t, field, next));
            }}
            {...describedByError(`${controlId}-error`, message)}
          >
            <option value="">(any)</option>
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
        </RowCell>
      );
    }
    const spec = textField(list, field);
    const message = joinMessages(messagesAt(problems, `${at}.${field}`));
    errors.push({ field: controlId, label: spec.label, message });
    const identifying = form.fields[0] === field;
    return (
      <RowCell
        htmlFor={controlId}
        label={spec.label}
        row={row}
        key={field}
        optional={!identifying}
        learn={spec.learn}
        // Only the reservation's owner shares its line, with the match criteria.
        className={field === 'ownerID' ? 'insp-cell' : 'insp-cell insp-span-all'}
      >
        <TextInput
          id={controlId}
          className="insp-input insp-mono"
          value={text}
          title={text}
          placeholder={spec.placeholder}
          list={spec.suggestions ? `${controlId}-suggested` : undefined}
          onChange={(event) => {
            const next = event.target.value;
            edit((t) => withTermText(list, t, field, next));
          }}
          {...describedByError(`${controlId}-error`, message)}
        />
        {spec.suggestions ? (
          <Suggestions id={`${controlId}-suggested`} values={spec.suggestions} />
        ) : null}
      </RowCell>
    );
  });

  const termMessage = joinMessages(messagesAt(problems, at));
  return (
    <>
      <RowCell
        htmlFor={`${id}-form`}
        label="Selects by"
        row={row}
        className="insp-cell insp-span-all"
      >
        <select
          id={`${id}-form`}
          className="insp-input"
          value={form.form}
          onChange={(event) => {
            const next = event.target.value;
            edit((t) => withTermForm(list, t, next));
          }}
        >
          {termForms(list).map((option) => (
            <option key={option.form} value={option.form}>
              {option.label}
            </option>
          ))}
        </select>
      </RowCell>
      {cells}
      <RowErrors
        errors={[
          ...errors.map((error) => ({
            id: `${error.field}-error`,
            field: error.label,
            message: error.message,
          })),
          { id: `${id}-term-error`, field: 'Term', message: termMessage },
        ]}
      />
    </>
  );
}
