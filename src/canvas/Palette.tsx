import { memo, type DragEvent } from 'react';
import { addResource } from '../commands/addResource';
import { commandEnabled } from '../commands/run';
import type { ResourceKind } from '../domain/design/types';
import { useDesignStore } from '../store/designStore';
import { DRAG_MIME, PALETTE_ITEMS } from './paletteItems';

interface PaletteProps {
  /** Adds a resource in the visible part of the canvas (click or Enter). */
  onAdd: (kind: ResourceKind) => void;
}

function startDrag(event: DragEvent<HTMLButtonElement>, kind: ResourceKind) {
  event.dataTransfer.setData(DRAG_MIME, kind);
  event.dataTransfer.effectAllowed = 'copy';
}

/** Drag an entry onto the canvas to place it; click it (or press Enter) to add one in view. */
export const Palette = memo(function Palette({ onAdd }: PaletteProps) {
  // Off in a shared design: the rule every editing command follows, from run.ts.
  const readOnly = useDesignStore(
    (state) => !commandEnabled(addResource, state, useDesignStore.temporal.getState()),
  );
  return (
    <nav className="palette" aria-label="Add resources">
      <div className="palette__title">Add</div>
      {PALETTE_ITEMS.map((item) => (
        <button
          key={item.kind}
          type="button"
          draggable={!readOnly}
          disabled={readOnly}
          data-testid={item.testId}
          className={`palette__item palette__item--${item.variant}`}
          onDragStart={(event) => startDrag(event, item.kind)}
          onClick={() => onAdd(item.kind)}
          title={
            readOnly
              ? 'A shared design is read-only: choose "Make a copy" to add to it.'
              : `${item.hint}. Drag onto the canvas, or click to add.`
          }
        >
          <span className="palette__swatch" aria-hidden="true" />
          <span className="palette__label">{item.label}</span>
        </button>
      ))}
    </nav>
  );
});
