import { Suspense, lazy } from 'react';
import { closeDialog } from '../commands/dialogs';
import { runCommand } from '../commands/run';
import { useDesignStore } from '../store/designStore';
import { dialogOf } from '../store/dialogs';
import { PanelSkeleton } from '../ui/PanelSkeleton';
import { useModalDialog } from './useModalDialog';

export const loadStartBody = () => import('./StartBody');
const StartBody = lazy(() => loadStartBody().then((m) => ({ default: m.StartBody })));

/**
 * The start screen: the designs kept in this browser, a blank design, a project file, and the
 * templates gallery. Starting anything keeps the open design in the list, so nothing is lost.
 */
export function StartScreen() {
  const open = useDesignStore((s) => dialogOf(s.dialogs, 'start') !== undefined);
  const dialog = useModalDialog(open);
  return (
    <dialog
      ref={dialog}
      className="dialog start"
      data-testid="start-screen"
      aria-labelledby="start-title"
      onClose={() => runCommand(closeDialog, { kind: 'start' }, 'dialog')}
    >
      {/* Mounted when shown: nothing of it is drawn while the editor is in use. */}
      {open ? (
        <Suspense fallback={<PanelSkeleton label="Designs" />}>
          <StartBody />
        </Suspense>
      ) : null}
    </dialog>
  );
}
