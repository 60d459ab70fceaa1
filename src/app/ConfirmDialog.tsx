import { answerConfirm, closeDialog } from '../commands/dialogs';
import { runCommand } from '../commands/run';
import { useDesignStore } from '../store/designStore';
import { dialogOf } from '../store/dialogs';
import { QuotedText } from '../ui/QuotedText';
import { useModalDialog } from './useModalDialog';

/** A modal question (Enter confirms, Escape cancels), rendered as a native <dialog>. */
export function ConfirmDialog() {
  const confirmation = useDesignStore((s) => dialogOf(s.dialogs, 'confirm'));
  const close = () => runCommand(closeDialog, { kind: 'confirm' }, 'dialog');
  const dialog = useModalDialog(confirmation !== undefined);

  return (
    <dialog
      ref={dialog}
      className="dialog confirm-dialog"
      data-testid="confirm-dialog"
      aria-labelledby="confirm-dialog-title"
      onClose={close}
    >
      {confirmation && (
        <form method="dialog" onSubmit={() => runCommand(answerConfirm, undefined, 'dialog')}>
          <h2 id="confirm-dialog-title">
            <QuotedText text={confirmation.title} />
          </h2>
          <p>
            <QuotedText text={confirmation.body} />
          </p>
          <div className="dialog__actions">
            <button type="button" onClick={close}>
              Cancel
            </button>
            <button type="submit" className="is-primary" autoFocus>
              {confirmation.confirmLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
