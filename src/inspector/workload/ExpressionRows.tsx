import { useId, type JSX } from 'react';
import { formatList, parseList } from '../../domain/lib/listEdits';
import { removeAt, replaceAt } from '../../domain/lib/listEdits';
import type { NodeSelectorTerm, PodNodeSelectorRequirement } from '../../domain/kube/podSpec';
import {
  expressionProblem,
  expressionsOf,
  operatorTakesValues,
  POD_OPERATORS,
  withExpressionAdded,
  withExpressionOperator,
  withExpressions,
} from '../../domain/kube/schedulingEdits';
import { DraftInput } from '../fields/DraftInput';
import { RowCell } from '../fields/RowCell';
import { describedByError, RowErrors } from '../fields/RowErrors';
import { RowList } from '../fields/RowList';
import { Suggestions } from '../fields/Suggestions';
import { TextInput } from '../fields/TextInput';

interface ExpressionRowsProps {
  term: NodeSelectorTerm;
  /** The term in words, e.g. "required term 1", for the controls' names. */
  termName: string;
  keyListId: string;
  valuesFor: (key: string) => readonly string[];
  onTerm: (update: (term: NodeSelectorTerm) => NodeSelectorTerm) => void;
}

/** A node selector term's expressions: a node matches the term when it meets all of them. */
export function ExpressionRows({
  term,
  termName,
  keyListId,
  valuesFor,
  onTerm,
}: ExpressionRowsProps): JSX.Element {
  const expressions = expressionsOf(term);
  const at = (
    index: number,
    update: (e: PodNodeSelectorRequirement) => PodNodeSelectorRequirement,
  ) =>
    onTerm((t) => {
      const list = expressionsOf(t);
      const current = list[index];
      return current ? withExpressions(t, replaceAt(list, index, update(current))) : t;
    });
  return (
    <RowList
      items={expressions}
      noun="expression"
      compact
      rowClassName="wl-grid-expr"
      empty="No expressions: this term matches every node."
      onAdd={() => {
        onTerm(withExpressionAdded);
        return undefined;
      }}
      onRemove={(index) => onTerm((t) => withExpressions(t, removeAt(expressionsOf(t), index)))}
      renderRow={(expression, index) => (
        <ExpressionRow
          expression={expression}
          row={`expression ${index + 1} of ${termName}`}
          keyListId={keyListId}
          values={valuesFor(expression.key)}
          onEdit={(update) => at(index, update)}
        />
      )}
    />
  );
}

function ExpressionRow({
  expression,
  row,
  keyListId,
  values,
  onEdit,
}: {
  expression: PodNodeSelectorRequirement;
  row: string;
  keyListId: string;
  values: readonly string[];
  onEdit: (update: (e: PodNodeSelectorRequirement) => PodNodeSelectorRequirement) => void;
}): JSX.Element {
  const id = useId();
  const problem = expressionProblem(expression);
  const takesValues = operatorTakesValues(expression.operator);
  return (
    <>
      <RowCell htmlFor={`${id}-key`} label="Key" row={row} className="insp-cell insp-span-all">
        <TextInput
          id={`${id}-key`}
          className="insp-input insp-mono"
          list={keyListId}
          value={expression.key}
          onChange={(event) => {
            const key = event.target.value;
            onEdit((e) => ({ ...e, key }));
          }}
          {...describedByError(`${id}-error`, problem)}
        />
      </RowCell>
      <RowCell htmlFor={`${id}-operator`} label="Operator" row={row}>
        <select
          id={`${id}-operator`}
          className="insp-input"
          value={expression.operator}
          onChange={(event) => {
            const operator = event.target.value;
            onEdit((e) => withExpressionOperator(e, operator));
          }}
        >
          {POD_OPERATORS.map((operator) => (
            <option key={operator} value={operator}>
              {operator}
            </option>
          ))}
        </select>
      </RowCell>
      <RowCell htmlFor={`${id}-values`} label="Values" row={row}>
        <DraftInput
          id={`${id}-values`}
          className="insp-input insp-mono"
          value={takesValues ? formatList(expression.values ?? []) : ''}
          disabled={!takesValues}
          placeholder={takesValues ? 'a, b' : 'tests the key alone'}
          list={takesValues && values.length > 0 ? `${id}-suggested` : undefined}
          normalize={(text) => formatList(parseList(text))}
          onText={(text) => onEdit((e) => ({ ...e, values: parseList(text) }))}
        />
      </RowCell>
      {values.length > 0 ? <Suggestions id={`${id}-suggested`} values={values} /> : null}
      <RowErrors errors={[{ id: `${id}-error`, field: 'Expression', message: problem }]} />
    </>
  );
}
