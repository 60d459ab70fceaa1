import type { ConversionPreview } from '../domain/yaml/import/importedResources';

/**
 * The app's dialogs, one union (as tldraw's dialogs provider keeps them): each kind carries
 * what it shows and the answers it offers, so no dialog needs a flag and a callback elsewhere.
 */
export type Dialog =
  /** The start screen: templates, the browser's designs, project files. */
  | { kind: 'start' }
  | { kind: 'picture' }
  /** The keyboard shortcut sheet (`?`). */
  | { kind: 'shortcuts' }
  /** A question before an action that may surprise (exporting with errors, deleting a design). */
  | {
      kind: 'confirm';
      title: string;
      body: string;
      confirmLabel: string;
      onConfirm: () => void;
    }
  /** Older-API manifests an import would convert, waiting for the user to look at the diff. */
  | {
      kind: 'conversion-review';
      conversions: ConversionPreview[];
      accept: () => void;
      skip: () => void;
    };

export type DialogKind = Dialog['kind'];

/** The open dialog of one kind, typed as that kind; `undefined` when it is closed. */
export function dialogOf<K extends DialogKind>(
  dialogs: readonly Dialog[],
  kind: K,
): Extract<Dialog, { kind: K }> | undefined {
  return dialogs.find((d): d is Extract<Dialog, { kind: K }> => d.kind === kind);
}
