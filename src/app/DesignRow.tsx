import { useState } from 'react';
import {
  deleteStoredDesign,
  duplicateStoredDesign,
  openStoredDesign,
  renameStoredDesign,
} from '../commands/designLibrary';
import { runCommand } from '../commands/run';
import type { ListedDesign } from '../store/listDesigns';
import { designSummary } from '../domain/design/designSummary';

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

function updatedLabel(at: number, now: number): string {
  if (at <= 0) return '';
  const minutes = Math.round((at - now) / 60_000);
  if (Math.abs(minutes) < 1) return 'just now';
  if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return relative.format(hours, 'hour');
  return new Date(at).toLocaleDateString();
}

function RenameInput({ entry, onDone }: { entry: ListedDesign; onDone: () => void }) {
  const [value, setValue] = useState(entry.name);
  const commit = () => {
    if (value.trim() && value !== entry.name)
      runCommand(renameStoredDesign, { id: entry.id, name: value }, 'start-screen');
    onDone();
  };
  return (
    <input
      className="start__rename"
      aria-label={`New name for ${entry.name}`}
      data-testid="design-rename-input"
      value={value}
      autoFocus
      maxLength={120}
      onChange={(event) => setValue(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') {
          // Escape leaves the rename, not the whole start screen.
          event.preventDefault();
          event.stopPropagation();
          onDone();
        }
      }}
    />
  );
}

/** One design kept in this browser, as the start screen lists it. */
export function DesignRow({
  entry,
  isOpen,
  now,
}: {
  entry: ListedDesign;
  isOpen: boolean;
  now: number;
}) {
  const [renaming, setRenaming] = useState(false);
  return (
    <li className="start__design" data-testid="design-entry" data-open={isOpen || undefined}>
      <div className="start__design-main">
        {renaming ? (
          <RenameInput entry={entry} onDone={() => setRenaming(false)} />
        ) : (
          <button
            type="button"
            className="start__design-name"
            onClick={() => runCommand(openStoredDesign, { id: entry.id }, 'start-screen')}
            title={`Open ${entry.name}`}
          >
            {entry.name}
          </button>
        )}
        <span className="start__meta">
          {designSummary(entry.design)}
          {isOpen ? ' · open now' : ` · ${updatedLabel(entry.updatedAt, now)}`}
        </span>
      </div>
      <div className="start__design-actions">
        <button type="button" onClick={() => setRenaming(true)} aria-label={`Rename ${entry.name}`}>
          Rename
        </button>
        <button
          type="button"
          onClick={() => runCommand(duplicateStoredDesign, { id: entry.id }, 'start-screen')}
          aria-label={`Duplicate ${entry.name}`}
        >
          Duplicate
        </button>
        <button
          type="button"
          className="is-danger"
          onClick={() => runCommand(deleteStoredDesign, { id: entry.id }, 'start-screen')}
          aria-label={`Delete ${entry.name}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
