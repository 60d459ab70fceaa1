import { memo, useId, type JSX } from 'react';
import type { ResourceId } from '../../domain/design/types';
import { removeAt, replaceAt } from '../../domain/lib/listEdits';
import type { NodeSelectorTerm, PodSpec, PreferredSchedulingTerm } from '../../domain/kube/podSpec';
import {
  newPreferredTerm,
  newRequiredTerm,
  preferredTerms,
  requiredTerms,
  withPreferredTerms,
  withRequiredTerms,
} from '../../domain/kube/schedulingEdits';
import { RowCell } from '../fields/RowCell';
import { describedByError, RowErrors } from '../fields/RowErrors';
import { RowList } from '../fields/RowList';
import { Section } from '../fields/Section';
import { Suggestions } from '../fields/Suggestions';
import { WholeNumberInput } from '../fields/WholeNumberInput';
import { editPod } from './editPod';
import { ExpressionRows } from './ExpressionRows';
import { useLabelSuggestions } from './useLabelSuggestions';

/**
 * Required terms (a node must match one of them) and preferred terms (weighted), each a list of
 * expressions a node must all meet.
 */
export const NodeAffinitySection = memo(function NodeAffinitySection({
  id,
  spec,
}: {
  id: ResourceId;
  spec: PodSpec;
}): JSX.Element {
  const keyListId = useId();
  const { suggestions, valuesFor } = useLabelSuggestions();
  const required = requiredTerms(spec);
  const preferred = preferredTerms(spec);
  const editRequired = (update: (terms: readonly NodeSelectorTerm[]) => NodeSelectorTerm[]) =>
    editPod(id, (s) => withRequiredTerms(s, update(requiredTerms(s))));
  const editPreferred = (
    update: (terms: readonly PreferredSchedulingTerm[]) => PreferredSchedulingTerm[],
  ) => editPod(id, (s) => withPreferredTerms(s, update(preferredTerms(s))));
  return (
    <Section
      title="Node affinity"
      count={required.length + preferred.length}
      learn="Workload:spec.template.spec.affinity.nodeAffinity"
    >
      <h4 className="wl-subhead">Required: a node matches one of these terms</h4>
      <RowList
        items={required}
        noun="required term"
        variant="card"
        empty="No required terms."
        onAdd={() => {
          editRequired((terms) => [...terms, newRequiredTerm()]);
          return undefined;
        }}
        onRemove={(index) => editRequired((terms) => removeAt(terms, index))}
        renderRow={(term, index) => (
          <div className="insp-span-all wl-term">
            <p className="wl-term-title">Term {index + 1}: a node meets all of</p>
            <ExpressionRows
              term={term}
              termName={`required term ${index + 1}`}
              keyListId={keyListId}
              valuesFor={valuesFor}
              onTerm={(update) =>
                editRequired((terms) => {
                  const current = terms[index];
                  return current ? replaceAt(terms, index, update(current)) : [...terms];
                })
              }
            />
          </div>
        )}
      />
      <h4 className="wl-subhead">Preferred: Karpenter tries these first, heaviest last to drop</h4>
      <RowList
        items={preferred}
        noun="preferred term"
        variant="card"
        empty="No preferred terms."
        onAdd={() => {
          editPreferred((terms) => [...terms, newPreferredTerm()]);
          return undefined;
        }}
        onRemove={(index) => editPreferred((terms) => removeAt(terms, index))}
        renderRow={(term, index) => (
          <PreferredTermCard
            term={term}
            index={index}
            keyListId={keyListId}
            valuesFor={valuesFor}
            onEdit={(update) =>
              editPreferred((terms) => {
                const current = terms[index];
                return current ? replaceAt(terms, index, update(current)) : [...terms];
              })
            }
          />
        )}
      />
      <Suggestions id={keyListId} values={suggestions.labelKeys} />
    </Section>
  );
});

function PreferredTermCard({
  term,
  index,
  keyListId,
  valuesFor,
  onEdit,
}: {
  term: PreferredSchedulingTerm;
  index: number;
  keyListId: string;
  valuesFor: (key: string) => readonly string[];
  onEdit: (update: (term: PreferredSchedulingTerm) => PreferredSchedulingTerm) => void;
}): JSX.Element {
  const id = useId();
  const name = `preferred term ${index + 1}`;
  const weightError = term.weight >= 1 && term.weight <= 100 ? undefined : 'a weight from 1 to 100';
  return (
    <div className="insp-span-all wl-term">
      <RowCell
        htmlFor={`${id}-weight`}
        label="Weight"
        row={name}
        className="insp-cell wl-weight"
        learn="Workload:spec.template.spec.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[].weight"
      >
        <WholeNumberInput
          id={`${id}-weight`}
          className="insp-input insp-mono"
          value={term.weight}
          onValue={(weight) => onEdit((t) => ({ ...t, weight: weight ?? 0 }))}
          {...describedByError(`${id}-weight-error`, weightError)}
        />
      </RowCell>
      <RowErrors errors={[{ id: `${id}-weight-error`, field: 'Weight', message: weightError }]} />
      <ExpressionRows
        term={term.preference}
        termName={name}
        keyListId={keyListId}
        valuesFor={valuesFor}
        onTerm={(update) => onEdit((t) => ({ ...t, preference: update(t.preference) }))}
      />
    </div>
  );
}
