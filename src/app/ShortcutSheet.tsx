import { closeDialog } from '../commands/dialogs';
import { PLAIN_COMMANDS } from '../commands/registry';
import { runCommand } from '../commands/run';
import { shortcutLabel } from '../commands/shortcuts';
import { useDesignStore } from '../store/designStore';
import { dialogOf } from '../store/dialogs';
import { useModalDialog } from './useModalDialog';
import { IS_MAC } from '../platform/isMac';

/** What the canvas does with the pointer and keys that are not commands. */
const GESTURES: readonly [string, string][] = [
  ['Drag from the palette', 'Add a resource where it is dropped'],
  ['Drag from a handle to a node', 'Set a reference (nodeClassRef, MIG profile)'],
  ['Shift+drag on the canvas', 'Select several nodes'],
  ['Shift/Ctrl+click', 'Add a node to the selection'],
  ['Delete or Backspace', 'Delete the selection'],
  ['Paste YAML outside a text field', 'Import it'],
  ['Escape', 'Close a dialog'],
];

/** The `?` sheet: every command's shortcut, from the same list the keyboard handler reads. */
export function ShortcutSheet() {
  const open = useDesignStore((s) => dialogOf(s.dialogs, 'shortcuts') !== undefined);
  const dialog = useModalDialog(open);
  const rows = PLAIN_COMMANDS.flatMap((c) => {
    const first = c.shortcuts?.[0];
    return first ? [[shortcutLabel(first, IS_MAC), c.label] as const] : [];
  });
  return (
    <dialog
      ref={dialog}
      className="dialog shortcut-sheet"
      data-testid="shortcut-sheet"
      aria-labelledby="shortcut-sheet-title"
      onClose={() => runCommand(closeDialog, { kind: 'shortcuts' }, 'dialog')}
    >
      <form method="dialog">
        <h2 id="shortcut-sheet-title">Keyboard shortcuts</h2>
        <table className="shortcut-sheet__table">
          <tbody>
            {rows.map(([keys, label]) => (
              <tr key={label}>
                <td>
                  <kbd>{keys}</kbd>
                </td>
                <td>{label}</td>
              </tr>
            ))}
            {GESTURES.map(([keys, label]) => (
              <tr key={keys}>
                <td>{keys}</td>
                <td>{label}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="dialog__actions">
          <button type="submit" className="is-primary" autoFocus>
            Close
          </button>
        </div>
      </form>
    </dialog>
  );
}
