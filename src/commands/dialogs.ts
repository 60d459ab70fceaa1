import { dialogOf, type DialogKind } from '../store/dialogs';
import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

/** A dialog's close button, Escape, or the form that answered it. */
export const closeDialog: Command<{ kind: DialogKind }> = {
  id: 'close-dialog',
  label: 'Close',
  editsDesign: false,
  run: (_, { kind }) => useDesignStore.getState().closeDialog(kind),
};

/** The confirmation's own button: what it asked about happens, then it closes. */
export const answerConfirm: Command = {
  id: 'answer-confirm',
  label: 'Confirm',
  editsDesign: false,
  run: () => {
    const { dialogs, closeDialog } = useDesignStore.getState();
    const confirmation = dialogOf(dialogs, 'confirm');
    if (!confirmation) return;
    confirmation.onConfirm();
    closeDialog('confirm');
  },
};

/**
 * The conversion review's answer: convert the older manifests and import them, or import the
 * rest without them (also Escape). Not an edit itself: the import says so if the design
 * became read-only while the user was reading.
 */
export const answerConversionReview: Command<{ convert: boolean }> = {
  id: 'answer-conversion-review',
  label: 'Convert and import',
  editsDesign: false,
  run: (_, { convert }) => {
    const review = dialogOf(useDesignStore.getState().dialogs, 'conversion-review');
    if (convert) review?.accept();
    else review?.skip();
  },
};
