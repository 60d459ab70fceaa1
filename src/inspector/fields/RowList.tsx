import { useEffect, useRef, useState, type JSX, type ReactNode } from 'react';

interface RowListProps<T> {
  items: readonly T[];
  /** One row in words: "requirement" makes "Add requirement" and "Remove requirement 2". */
  noun: string;
  /** Adds a row; returns the index of the row to focus when it is not the new last one. */
  onAdd: () => number | undefined;
  onRemove: (index: number) => void;
  renderRow: (item: T, index: number) => ReactNode;
  /** Column headings shown above the rows, for rows whose own labels are visually hidden. */
  header?: ReactNode;
  empty?: ReactNode;
  /** The grid a row's fields are laid out in. */
  rowClassName?: string;
  /**
   * `inline` puts Remove at the end of a one-line row; `card` puts it in the top corner of a
   * taller row, so the fields keep the full width.
   */
  variant?: 'inline' | 'card';
  /** Remove as a narrow ✕ (named in full for screen readers), for rows nested in a card. */
  compact?: boolean;
}

type FocusRequest = { row: number; target: 'first-control' | 'remove' };

/**
 * Rows that are added and removed by button. Rows are keyed by index: they only change by these
 * buttons (or a whole undo), and their inputs are bound to the store, so an index always shows
 * the right item. Focus follows the user: into a new row, and to the next row (or the Add button)
 * after a removal, so the keyboard never falls back to the top of the page.
 */
export function RowList<T>({
  items,
  noun,
  onAdd,
  onRemove,
  renderRow,
  header,
  empty,
  rowClassName,
  variant = 'inline',
  compact = false,
}: RowListProps<T>): JSX.Element {
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusRequest = useRef<FocusRequest | null>(null);
  // Bumped with each request so an effect runs even when the store did not change.
  const [requests, setRequests] = useState(0);

  useEffect(() => {
    const request = focusRequest.current;
    if (!request) return;
    focusRequest.current = null;
    const row = listRef.current?.children.item(request.row);
    const target =
      request.target === 'first-control'
        ? row?.querySelector<HTMLElement>('input, select, textarea')
        : row?.querySelector<HTMLElement>(':scope > [data-row-remove]');
    (target ?? addRef.current)?.focus();
  }, [requests, items.length]);

  const request = (next: FocusRequest): void => {
    focusRequest.current = next;
    setRequests((n) => n + 1);
  };

  return (
    <div className={`insp-rowlist insp-rowlist--${variant}`}>
      {items.length > 0 ? header : null}
      {items.length > 0 ? (
        <ol className="insp-rows" ref={listRef}>
          {items.map((item, index) => (
            <li className="insp-row" key={index}>
              <div className={rowClassName ? `insp-row-fields ${rowClassName}` : 'insp-row-fields'}>
                {renderRow(item, index)}
              </div>
              <button
                type="button"
                className="insp-button insp-button--quiet insp-row-remove"
                aria-label={`Remove ${noun} ${index + 1}`}
                title={compact ? 'Remove' : undefined}
                data-row-remove=""
                onClick={() => {
                  onRemove(index);
                  request({ row: index, target: 'remove' });
                }}
              >
                {compact ? '✕' : 'Remove'}
              </button>
            </li>
          ))}
        </ol>
      ) : empty ? (
        <p className="insp-hint">{empty}</p>
      ) : null}
      <button
        type="button"
        className="insp-button"
        ref={addRef}
        onClick={() => {
          const focus = onAdd();
          request({ row: focus ?? items.length, target: 'first-control' });
        }}
      >
        Add {noun}
      </button>
    </div>
  );
}
