import { memo } from 'react';
import { ControlButton, Controls } from '@xyflow/react';
import type { Command } from '../commands/command';
import { runCommand } from '../commands/run';
import { shortcutLabel } from '../commands/shortcuts';
import { minimapShown, toggleMinimap } from '../commands/toggleMinimap';
import { zoomToSelection } from '../commands/zoomToSelection';
import { IS_MAC } from '../platform/isMac';
import { useDesignStore } from '../store/designStore';

/** A command's label with its first shortcut, for a button's name and tooltip. */
function titleOf(command: Command, label = command.label): string {
  const first = command.shortcuts?.[0];
  return first ? `${label} (${shortcutLabel(first, IS_MAC)})` : label;
}

/**
 * React Flow's zoom and fit buttons, with the view commands beside them: zoom to the selection
 * and the minimap's toggle. Their keys run the same commands (see the shortcut sheet).
 */
export const CanvasControls = memo(function CanvasControls() {
  const minimapOn = useDesignStore(minimapShown);
  const minimapTitle = titleOf(
    toggleMinimap,
    minimapOn ? toggleMinimap.labelWhenOn : toggleMinimap.label,
  );
  return (
    <Controls showInteractive={false}>
      <ControlButton
        data-testid={zoomToSelection.id}
        title={titleOf(zoomToSelection)}
        aria-label={titleOf(zoomToSelection)}
        onClick={() => runCommand(zoomToSelection, undefined, 'canvas')}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <path
            d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
          />
          <rect x="5" y="5" width="6" height="6" rx="1" />
        </svg>
      </ControlButton>
      <ControlButton
        data-testid={toggleMinimap.id}
        title={minimapTitle}
        aria-label={minimapTitle}
        aria-pressed={minimapOn}
        onClick={() => runCommand(toggleMinimap, undefined, 'canvas')}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true">
          <rect
            x="1"
            y="2"
            width="14"
            height="12"
            rx="1.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
          />
          <rect x="8" y="8" width="5" height="4" rx="0.5" />
        </svg>
      </ControlButton>
    </Controls>
  );
});
