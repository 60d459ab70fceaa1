import type { StoreApi } from 'zustand';
import type { DesignLibrary, LibraryEntry } from '../domain/design/designLibrary';
import type { DesignDocument } from '../domain/design/storedDesign';
import type { Design, ResourceId } from '../domain/design/types';
import type { InstanceCatalog } from '../domain/karpenter/catalog/instanceType';
import type { Checker } from './checker';
import type { Planner } from './planner';
import type { UnreadableCopy } from './browserStorage';
import type { WriteOutcome } from './designStorage';
import type { Dialog, DialogKind } from './dialogs';
import type { Emitter } from './emitter';

/**
 * The store's state, one slice per lifetime (tldraw's document/session split): the document is
 * saved and undone, the session lasts as long as the tab, the UI is what is open on screen, and
 * the library mirrors the browser's stored designs. Slices are written apart
 * (documentSlice.ts, sessionSlice.ts, uiSlice.ts, librarySlice.ts) and composed in designStore.ts.
 */
export type DesignState = DocumentSlice & SessionSlice & UiSlice & LibrarySlice;

/** The document: what is saved, shared, exported and undone. */
export interface DocumentSlice {
  design: Design;
  /** Which of the browser's designs is open: saved with the design, never undone. */
  document: DesignDocument;
  /** The edit gesture under way (typing in one field), whose changes make one undo step. */
  gesture: Gesture | undefined;

  /** Changes the design as one undo step, or as part of the gesture under way. */
  setDesign: (update: (design: Design) => Design) => void;
  /**
   * Starts a gesture (the first keystroke in a field): the changes that follow, up to
   * `endGesture`, are one undo step, as an editor groups typing. Idempotent.
   */
  beginGesture: () => void;
  endGesture: () => void;
  /** Remembers a fact for the rest of the gesture (see Gesture.renameFollowers). */
  noteInGesture: (note: Omit<Gesture, 'after'>) => void;
  /**
   * Puts another document in front (a design from the start screen, a template, a project
   * file): not an undo step, and the history starts afresh, as when a file is opened.
   */
  openDocument: (document: DesignDocument, design: Design) => void;
  renameDocument: (name: string) => void;
  /**
   * A change another tab stored for the open design: taken as it is (one undo step), so tabs
   * showing one design stay in step. Not refused in the shared view: it is the user's own design.
   */
  adoptStored: (document: DesignDocument, design: Design) => void;
}

interface Gesture {
  /** The design the gesture's last change produced; a change from any other joins no step. */
  after: Design | undefined;
  /**
   * While a name is typed, the pools that followed the class at the first keystroke keep
   * following it (the name passes through values no pool refers to).
   */
  renameFollowers?: { id: ResourceId; followers: readonly ResourceId[] };
}

/** The session: lasts as long as the tab, never saved nor undone. */
export interface SessionSlice {
  selection: ResourceId[];
  selectedEdges: string[];
  /**
   * Set while a shared design (from a link) is shown read-only: the user's own design waits
   * here, and is what autosave keeps, so opening a link never costs them their work.
   */
  viewing: { ownDesign: Design } | undefined;
  /**
   * The EC2 instance catalog once its lazy chunk has loaded (instanceCatalog.ts): the rules that
   * ask which instance types a pool can launch find nothing to say until then.
   */
  catalog: InstanceCatalog | undefined;
  /** The scheduling engine, a chunk that arrives with the catalog (planner.ts). */
  planner: Planner | undefined;
  /** The validation rules, a chunk loaded right after the first render (checker.ts). */
  checker: Checker | undefined;

  select: (ids: ResourceId[], edges?: string[]) => void;
  /** Shows a shared design read-only, the user's own design kept aside. */
  openShared: (design: Design) => void;
  /** Back to the user's own design. */
  leaveShared: () => void;
  setCatalog: (catalog: InstanceCatalog, planner: Planner) => void;
  setChecker: (checker: Checker) => void;
}

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

/** What is open on screen. */
export interface UiSlice {
  /** The dialogs open, the topmost last (a confirmation may sit on the start screen). */
  dialogs: readonly Dialog[];
  notices: Notice[];
  /** The id the next notice gets: ids are never reused, so a stale dismiss cannot hit another. */
  nextNoticeId: number;
  /** When the read-only notice was said last: it is said once in a while, not per keystroke. */
  readOnlyNoticeAt: number;
  /** The learn panel is open at this entry id (see domain/learn), or closed. */
  learn: string | undefined;
  /** The YAML panel is shown. */
  yamlOpen: boolean;
  /** Download and Copy include the workloads (off: the cluster's resources only). */
  includeWorkloads: boolean;
  /** The user's choice to show or hide the minimap; undefined: shown on large designs only. */
  minimap: boolean | undefined;

  /** Asks the canvas and the YAML panel to bring a resource (a problem's line in it) into view. */
  revealResource: (id: ResourceId, path?: string) => void;
  /** Asks the canvas to fit these resources into view (after an import, a layout). */
  focusResources: (ids: ResourceId[]) => void;
  /** Listens to those requests; returns the function that stops listening. */
  listen: Emitter<ViewRequests>['on'];

  /** Opens a dialog on top (one of each kind: opening it again brings it up to date). */
  openDialog: (dialog: Dialog) => void;
  closeDialog: (kind: DialogKind) => void;
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismissNotice: (id: number) => void;
  /** Takes back the notices said with this key (a condition that has passed). */
  dismissNotices: (key: string) => void;
  /** Tells the user a shared design cannot be changed, unless that was said a moment ago. */
  refuseReadOnly: () => void;
  /** Opens the learn panel at an entry, or closes it with `undefined`. */
  showLearn: (entry: string | undefined) => void;
  showYaml: (open: boolean) => void;
  setIncludeWorkloads: (include: boolean) => void;
  showMinimap: (shown: boolean) => void;
}

/** The designs kept in this browser, in step with storage (see librarySlice.ts). */
export interface LibrarySlice {
  library: StoredDesigns;

  /**
   * Reads again what changed in storage: the entry under `key` (the list, or one design), or
   * everything when no key is given.
   */
  refreshLibrary: (key?: string) => void;
  /** Reads the designs not read yet (the start screen shows them; commands act on them). */
  readLibraryDesigns: () => void;
  /** Stores the list (names and dates); false when the browser refused. */
  storeLibrary: (library: DesignLibrary) => boolean;
  /** Stores a design unless another tab stored it since revision `seen` (see writeDesign). */
  storeDesign: (
    document: DesignDocument,
    design: Design,
    seen: number,
  ) => { outcome: WriteOutcome; rev: number };
  /** Takes a design out of storage (its entry in the list is the caller's). */
  forgetDesign: (id: string) => void;
}

export interface StoredDesigns {
  /** Newest first, as stored. */
  entries: readonly StoredEntry[];
  /** Why parts of the stored list itself could not be read. */
  unreadable: readonly string[];
}

/** One design of the list, and what reading it gave. */
export type StoredEntry = LibraryEntry &
  (
    | { status: 'readable'; design: Design; rev: number }
    /** Not read yet: designs are read when they are shown or acted on. */
    | { status: 'unread' }
    /** The design open in this tab: the store holds it, newer than storage. */
    | { status: 'open' }
    /** Stored, but damaged: the reason reads after "it …". */
    | { status: 'unreadable'; reason: string }
    /** Not (yet) stored on its own: the reason reads after "it …". */
    | { status: 'unavailable'; reason: string }
  );

/** Requests to the views: events, not state, so asking twice acts twice. */
export interface ViewRequests {
  reveal: {
    resourceId: ResourceId;
    /** A JSON path inside the resource (a problem's), to reveal that line rather than the top. */
    path?: string;
  };
  focus: { ids: ResourceId[] };
}

/** What a slice gets to build itself: the bound store's set and get, and its undo history. */
export interface SliceTools {
  set: StoreApi<DesignState>['setState'];
  get: () => DesignState;
  history: () => History;
}

/** The part of zundo's temporal store the slices drive. */
interface History {
  pause: () => void;
  resume: () => void;
  clear: () => void;
}
