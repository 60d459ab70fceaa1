import { useId, type JSX } from 'react';
import { describedByError, RowErrors, type RowError } from './RowErrors';
import { TextInput } from './TextInput';

export interface KeyTableColumn {
  /** The column's heading, e.g. "Hard". */
  heading: string;
  /** The accessible name of one cell's input, e.g. "Hard eviction threshold for memory.available". */
  label: (key: string) => string;
  values: Readonly<Record<string, string>>;
  /** Empty text removes the entry. */
  onChange: (key: string, value: string) => void;
  placeholder?: (key: string) => string;
  problem?: (key: string) => string | undefined;
}

interface KeyTableProps {
  /** What the table holds, for screen readers. */
  caption: string;
  /** The heading over the keys, e.g. "Signal". */
  keyHeading: string;
  /** The keys the CRD allows, one row each. */
  keys: readonly string[];
  columns: readonly KeyTableColumn[];
}

/**
 * Maps with a fixed set of keys, side by side: one row per key, one column per map. Any other
 * key a map holds (from an import) gets a row of its own, so it is seen and can be cleared.
 */
export function KeyTable({ caption, keyHeading, keys, columns }: KeyTableProps): JSX.Element {
  const id = useId();
  const extra = columns
    .flatMap((column) => Object.keys(column.values))
    .filter((key, index, all) => !keys.includes(key) && all.indexOf(key) === index);
  const rows = [...keys, ...extra];
  const errors: RowError[] = [];
  return (
    <>
      <table className="insp-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyHeading}</th>
            {columns.map((column) => (
              <th scope="col" key={column.heading}>
                {column.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((key, row) => (
            <tr key={key} className={keys.includes(key) ? undefined : 'insp-table-extra'}>
              <th scope="row" title={key}>
                {key}
              </th>
              {columns.map((column, col) => {
                const inputId = `${id}-${row}-${col}`;
                const message = column.problem?.(key);
                errors.push({ id: `${inputId}-error`, field: column.label(key), message });
                return (
                  <td key={column.heading}>
                    <label className="visually-hidden" htmlFor={inputId}>
                      {column.label(key)}
                    </label>
                    <TextInput
                      id={inputId}
                      className="insp-input insp-mono"
                      value={column.values[key] ?? ''}
                      title={column.values[key]}
                      placeholder={column.placeholder?.(key)}
                      onChange={(event) => column.onChange(key, event.target.value)}
                      {...describedByError(`${inputId}-error`, message)}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <RowErrors errors={errors} />
    </>
  );
}
