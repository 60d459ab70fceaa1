import { Suspense, lazy } from 'react';
import { answerConversionReview } from '../commands/dialogs';
import { runCommand } from '../commands/run';
import { useDesignStore } from '../store/designStore';
import { dialogOf } from '../store/dialogs';
import { PanelSkeleton } from '../ui/PanelSkeleton';
import { useModalDialog } from './useModalDialog';

export const loadConversionReview = () => import('./ConversionReview');
const ConversionReview = lazy(() =>
  loadConversionReview().then((m) => ({ default: m.ConversionReview })),
);

/**
 * Shows what converting older Karpenter manifests to v1 changes — a line diff and the reasons —
 * before anything is added to the design.
 */
export function ConversionReviewDialog() {
  const review = useDesignStore((s) => dialogOf(s.dialogs, 'conversion-review'));
  const dialog = useModalDialog(review !== undefined);

  return (
    <dialog
      ref={dialog}
      className="dialog conversion-dialog"
      data-testid="conversion-review"
      aria-labelledby="conversion-title"
      onCancel={(event) => {
        event.preventDefault();
        runCommand(answerConversionReview, { convert: false }, 'key');
      }}
    >
      {review ? (
        <Suspense fallback={<PanelSkeleton label="Convert older manifests" />}>
          <ConversionReview review={review} />
        </Suspense>
      ) : null}
    </dialog>
  );
}
