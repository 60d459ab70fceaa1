import { temporal } from 'zundo';
import { create } from 'zustand';
import type { DesignDocument } from '../domain/design/storedDesign';
import type { Design, ResourceId } from '../domain/design/types';
import type { ConversionPreview } from '../domain/yaml/import/importedResources';
import type { UnreadableCopy } from './browserStorage';
import { openStartingDesign } from './designStorage';

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  text: string;
  /** Lines that explain the text (what an import skipped, and where). */
  details?: string[];
  /** A saved copy the user can download, when something could not be read. */
  unreadable?: UnreadableCopy;
  /** Buttons that answer the notice (each dismisses it). */
  actions?: NoticeAction[];
  /** Notices with the same key replace each other, so a repeated condition is said once. */
  key?: string;
}

export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface RevealRequest {
  resourceId: ResourceId;
  /** A JSON path inside the resource (a problem's), to reveal that line rather than the top. */
  path?: string;
  /** Changes on every request, so revealing the same resource twice scrolls twice. */
  nonce: number;
}

/** A question the app asks before an action that may surprise (exporting with errors). */
export interface Confirmation {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
}

/** Older-API manifests an import would convert, waiting for the user to look at the diff. */
export interface ConversionReview {
  conversions: ConversionPreview[];
  accept: () => void;
  skip: () => void;
}

export interface DesignState {
  /** The document: what is saved, undone and exported. */
  design: Design;
  /** Session state below: never saved nor undone. */
  selection: ResourceId[];
  selectedEdges: string[];
  reveal: RevealRequest | undefined;
  /** Resources the canvas should fit into view (after an import), with a fresh nonce each time. */
  focus: { ids: ResourceId[]; nonce: number } | undefined;
  notices: Notice[];
  confirmation: Confirmation | undefined;
  conversionReview: ConversionReview | undefined;
  /**
   * Set while a shared design (from a link) is shown read-only: the user's own design waits
   * here, and is what autosave keeps, so opening a link never costs them their work.
   */
  viewing: { ownDesign: Design } | undefined;
  /** The keyboard shortcut sheet is open. */
  shortcutSheet: boolean;
  /** Which of the browser's designs is open: saved with the design, never undone. */
  document: DesignDocument;
  /** The start screen (templates, the browser's designs, project files) is open. */
  startScreen: boolean;
  /** The learn panel is open at this entry id (see domain/learn), or closed. */
  learn: string | undefined;
  /** The picture export dialog is open. */
  pictureDialog: boolean;

  /**
   * Changes the design as one undo step. Edits that share a `burst` key and follow each other
   * quickly (typing in one field) join the step before them, as an editor groups typing.
   */
  setDesign: (update: (design: Design) => Design, burst?: string) => void;
  select: (ids: ResourceId[], edges?: string[]) => void;
  revealResource: (id: ResourceId, path?: string) => void;
  focusResources: (ids: ResourceId[]) => void;
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismissNotice: (id: number) => void;
  /** Takes back the notices said with this key (a condition that has passed). */
  dismissNotices: (key: string) => void;
  askToConfirm: (confirmation: Confirmation | undefined) => void;
  reviewConversions: (review: ConversionReview | undefined) => void;
  showShortcutSheet: (open: boolean) => void;
  showStartScreen: (open: boolean) => void;
  showPictureDialog: (open: boolean) => void;
  /**
   * Puts another document in front (a design from the start screen, a template, a project
   * file): not an undo step, and the history starts afresh, as when a file is opened.
   */
  openDocument: (document: DesignDocument, design: Design) => void;
  renameDocument: (name: string) => void;
  /** Opens the learn panel at an entry, or closes it with `undefined`. */
  showLearn: (entry: string | undefined) => void;
  /** Shows a shared design read-only, the user's own design kept aside. */
  openShared: (design: Design) => void;
  /**
   * A change another tab stored for the open design: taken as it is (one undo step), so tabs
   * showing one design stay in step. Not refused in the shared view: it is the user's own design.
   */
  adoptStored: (document: DesignDocument, design: Design) => void;
  /** Back to the user's own design. */
  leaveShared: () => void;
}

export type { DesignDocument };

/** What this tab opens: its own design after a reload, else the last one opened, else the example. */
const starting = openStartingDesign();
/** The stored revision of the design this tab opened with, where autosave takes over. */
export const startingRevision = starting.rev;

const BURST_MS = 1000;
let lastBurst: { key: string | undefined; at: number } = { key: undefined, at: 0 };
let nextNoticeId = 1;
let nextReveal = 1;

// No `persist` middleware: it keeps one entry for the whole store, while each design has an
// entry of its own that several tabs may write (see autosave.ts, which writes and listens).
export const useDesignStore = create<DesignState>()(
  temporal(
    (set) => ({
      design: starting.design,
      selection: [],
      selectedEdges: [],
      reveal: undefined,
      focus: undefined,
      notices: starting.problem
        ? [
            {
              id: nextNoticeId++,
              tone: 'error',
              text: starting.problem.text,
              ...(starting.problem.copy ? { unreadable: starting.problem.copy } : {}),
            },
          ]
        : [],
      confirmation: undefined,
      conversionReview: undefined,
      viewing: undefined,
      shortcutSheet: false,
      showShortcutSheet: (shortcutSheet) => set({ shortcutSheet }),
      learn: undefined,
      document: starting.document,
      startScreen: false,
      showStartScreen: (startScreen) => set({ startScreen }),
      pictureDialog: false,
      showPictureDialog: (pictureDialog) => set({ pictureDialog }),
      openDocument: (document, design) => {
        const history = useDesignStore.temporal.getState();
        set({
          document,
          design,
          viewing: undefined,
          selection: [],
          selectedEdges: [],
          startScreen: false,
        });
        history.resume();
        history.clear();
      },
      renameDocument: (name) => set((state) => ({ document: { ...state.document, name } })),
      showLearn: (learn) => set({ learn }),
      setDesign: (update, burst) => {
        const { viewing } = useDesignStore.getState();
        if (viewing) {
          readOnlyNotice();
          return;
        }
        const now = Date.now();
        const joins =
          burst !== undefined && burst === lastBurst.key && now - lastBurst.at < BURST_MS;
        lastBurst = { key: burst, at: now };
        if (joins) useDesignStore.temporal.getState().pause();
        set((state) => {
          const design = update(state.design);
          if (design === state.design) return state;
          const alive = state.selection.filter((id) => Object.hasOwn(design.resources, id));
          return {
            design,
            selection: alive.length === state.selection.length ? state.selection : alive,
          };
        });
        if (joins) useDesignStore.temporal.getState().resume();
      },
      select: (selection, selectedEdges = []) => set({ selection, selectedEdges }),
      revealResource: (resourceId, path) =>
        set({
          reveal: { resourceId, nonce: nextReveal++, ...(path === undefined ? {} : { path }) },
        }),
      notify: (notice) =>
        set((state) => ({
          notices: [
            ...state.notices.filter((n) => notice.key === undefined || n.key !== notice.key),
            { ...notice, id: nextNoticeId++ },
          ],
        })),
      askToConfirm: (confirmation) => set({ confirmation }),
      reviewConversions: (conversionReview) => set({ conversionReview }),
      focusResources: (ids) => set({ focus: { ids, nonce: nextReveal++ } }),
      openShared: (design) => {
        const history = useDesignStore.temporal.getState();
        history.pause();
        set((state) => ({
          design,
          selection: [],
          selectedEdges: [],
          viewing: { ownDesign: state.viewing?.ownDesign ?? state.design },
        }));
      },
      adoptStored: (document, design) => {
        const { viewing } = useDesignStore.getState();
        if (viewing) set({ document, viewing: { ownDesign: design } });
        else set({ document, design });
      },
      leaveShared: () => {
        const { viewing } = useDesignStore.getState();
        if (!viewing) return;
        set({ design: viewing.ownDesign, viewing: undefined, selection: [], selectedEdges: [] });
        useDesignStore.temporal.getState().resume();
      },
      dismissNotice: (id) =>
        set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
      dismissNotices: (key) =>
        set((state) =>
          state.notices.some((n) => n.key === key)
            ? { notices: state.notices.filter((n) => n.key !== key) }
            : state,
        ),
    }),
    {
      // Only the design is history; selection and notices are not worth an undo step.
      partialize: (state) => ({ design: state.design }),
      equality: (past, current) => past.design === current.design,
      limit: 200,
    },
  ),
);

let lastReadOnlyNotice = 0;

/** Said once in a while, not on every keystroke or drag frame. */
export function readOnlyNotice(): void {
  const now = Date.now();
  if (now - lastReadOnlyNotice < 3000) return;
  lastReadOnlyNotice = now;
  useDesignStore.getState().notify({
    tone: 'info',
    text: 'This shared design is read-only: choose "Make a copy" to change it.',
  });
}

// Loading the saved design is not an edit the user can undo.
useDesignStore.temporal.getState().clear();
