import { Suspense, lazy } from 'react';
import { closeDialog } from '../commands/dialogs';
import { runCommand } from '../commands/run';
import { useDesignStore } from '../store/designStore';
import { dialogOf } from '../store/dialogs';
import { PanelSkeleton } from '../ui/PanelSkeleton';
import { useModalDialog } from './useModalDialog';

export const loadPictureForm = () => import('./PictureForm');
const PictureForm = lazy(() => loadPictureForm().then((m) => ({ default: m.PictureForm })));

/**
 * Export a picture of the design: a preview of exactly what is written (cropped to the design),
 * light or dark whatever the app shows, as PNG for documents and slides or SVG to scale.
 */
export function PictureDialog() {
  const open = useDesignStore((s) => dialogOf(s.dialogs, 'picture') !== undefined);
  const dialog = useModalDialog(open);
  return (
    <dialog
      ref={dialog}
      className="dialog picture-dialog"
      data-testid="picture-dialog"
      aria-labelledby="picture-title"
      onClose={() => runCommand(closeDialog, { kind: 'picture' }, 'dialog')}
    >
      {/* Mounted when shown, so it starts on the theme the user is looking at each time. */}
      {open ? (
        <Suspense fallback={<PanelSkeleton label="Export picture" />}>
          <PictureForm />
        </Suspense>
      ) : null}
    </dialog>
  );
}
