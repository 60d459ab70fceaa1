import { useId, useState, type JSX, type ReactNode } from 'react';
import {
  keyTaken,
  withBlankEntry,
  withEntry,
  withKeyRenamed,
  withoutEntry,
  type MapEdit,
} from '../../domain/lib/mapEdits';
import { MapKeyInput } from './MapKeyInput';
import { describedByError, RowErrors } from './RowErrors';
import { RowList } from './RowList';
import { Suggestions } from './Suggestions';
import { TextInput } from './TextInput';

interface KeyValueEditorProps {
  entries: Readonly<Record<string, string | number>>;
  /** One entry in words: "label" makes "Add label" and "Key of label 2". */
  noun: string;
  keyLabel?: string;
  valueLabel?: string;
  keySuggestions?: readonly string[];
  /** Values offered for a row's key as its value is typed. */
  valueSuggestions?: (key: string) => readonly string[];
  keyProblem?: (key: string) => string | undefined;
  /** Gets the key too: a map's checks report a bad value at its entry's key. */
  valueProblem?: (value: string | number, key: string) => string | undefined;
  /** Applies an edit to the map the caller owns. */
  onEdit: (edit: MapEdit) => void;
  empty?: ReactNode;
  /** Rows nested in a card: a narrow ✕ for Remove, so keys and values keep their width. */
  compact?: boolean;
}

/** Rows of key and value for a string map: labels, selector tags, limits. */
export function KeyValueEditor({
  entries,
  noun,
  keyLabel = 'Key',
  valueLabel = 'Value',
  keySuggestions,
  valueSuggestions,
  keyProblem,
  valueProblem,
  onEdit,
  empty,
  compact = false,
}: KeyValueEditorProps): JSX.Element {
  const id = useId();
  const rows = Object.entries(entries);
  // The row whose key input holds a key another row already has, if any.
  const [duplicateRow, setDuplicateRow] = useState<number | undefined>(undefined);

  return (
    <>
      <RowList
        items={rows}
        noun={noun}
        rowClassName="insp-grid-kv"
        compact={compact}
        header={
          // Laid out like a row, with an invisible Remove, so the headings sit over the columns.
          <div className="insp-row insp-row-header" aria-hidden="true">
            <div className="insp-row-fields insp-grid-kv">
              <span>{keyLabel}</span>
              <span>{valueLabel}</span>
            </div>
            <span className="insp-button insp-button--quiet insp-row-remove">
              {compact ? '✕' : 'Remove'}
            </span>
          </div>
        }
        empty={empty}
        onAdd={() => {
          const blank = rows.findIndex(([key]) => key === '');
          if (blank >= 0) return blank;
          onEdit((map) => withBlankEntry(map, ''));
          return undefined;
        }}
        onRemove={(index) => {
          const key = rows[index]?.[0];
          if (key === undefined) return;
          setDuplicateRow(undefined);
          onEdit((map) => withoutEntry(map, key));
        }}
        renderRow={([key, value], index) => {
          const rowId = `${id}-${index}`;
          const keyError =
            duplicateRow === index ? `another ${noun} already has this key` : keyProblem?.(key);
          const valueError = valueProblem?.(value, key);
          const values = valueSuggestions?.(key) ?? [];
          return (
            <>
              <label className="visually-hidden" htmlFor={`${rowId}-key`}>
                {`${keyLabel} of ${noun} ${index + 1}`}
              </label>
              <MapKeyInput
                id={`${rowId}-key`}
                className="insp-input insp-mono"
                value={key}
                title={key}
                list={keySuggestions ? `${id}-keys` : undefined}
                isTaken={(candidate) => keyTaken(entries, key, candidate)}
                onRename={(to) => onEdit((map) => withKeyRenamed(map, key, to))}
                onDuplicateChange={(duplicate) =>
                  setDuplicateRow((row) => (duplicate ? index : row === index ? undefined : row))
                }
                {...describedByError(`${rowId}-key-error`, keyError)}
              />
              <label className="visually-hidden" htmlFor={`${rowId}-value`}>
                {`${valueLabel} of ${noun} ${index + 1}`}
              </label>
              <TextInput
                id={`${rowId}-value`}
                className="insp-input insp-mono"
                value={String(value)}
                title={String(value)}
                list={values.length > 0 ? `${rowId}-values` : undefined}
                onChange={(event) => {
                  const text = event.target.value;
                  onEdit((map) => withEntry(map, key, text));
                }}
                {...describedByError(`${rowId}-value-error`, valueError)}
              />
              {values.length > 0 ? <Suggestions id={`${rowId}-values`} values={values} /> : null}
              <RowErrors
                errors={[
                  { id: `${rowId}-key-error`, field: keyLabel, message: keyError },
                  { id: `${rowId}-value-error`, field: valueLabel, message: valueError },
                ]}
              />
            </>
          );
        }}
      />
      {keySuggestions ? <Suggestions id={`${id}-keys`} values={keySuggestions} /> : null}
    </>
  );
}
