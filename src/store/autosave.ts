import type { StoreApi } from 'zustand';
import type { DesignDocument } from '../domain/design/storedDesign';
import {
  isDeflatedWhenStored,
  keepResourceJson,
  readStoredDesign,
  storedRevision,
  storedStateJson,
} from '../domain/design/storedDesign';
import type { Design } from '../domain/design/types';
import {
  keepUnstoredForNextStart,
  onStoredChange,
  onWriteRefused,
  type StorageLoad,
  type StoredChange,
  type WriteRefusal,
} from './browserStorage';
import type { DesignState } from './designState';
import type { DeflateInBackground } from './backgroundDeflate';
import {
  designKey,
  freshDesignId,
  loadStoredDesign,
  writeDesign,
  type PreparedState,
} from './designStorage';
import { touchLibraryEntry } from './libraryStorage';

/**
 * Keeps the open design in the browser as it changes, and in step with other tabs that show
 * the same design. A write is debounced (a drag or a burst of typing is written once) and
 * flushed when the page is hidden. It is never silent about what it could not do: a refused
 * write says so at once and keeps the edit in memory; a write that would replace newer work
 * from another tab asks first.
 */
export interface Autosave {
  /**
   * Writes the open design now if it has unwritten changes. False when they could not be
   * written (refused, or another tab's newer work is in the way): the caller must not drop them.
   * `force` writes over another tab's newer work (the user chose this tab's version).
   */
  flush: (force?: boolean) => boolean;
  /** The open design changed to another, already stored at `rev`: autosave follows it. */
  opened: (rev: number) => void;
  /**
   * Starts writing the open design as it changes; `save` offers a project file when storage
   * refuses. Returns what stops it.
   */
  start: (save: () => void) => () => void;
}

const WRITE_DELAY_MS = 250;
/** After the pause, the write waits for the browser to be idle, but never longer than this. */
const IDLE_TIMEOUT_MS = 1000;

/** What an idle moment allows: true while there is time left for a little more work. */
type More = () => boolean;

/** At least this much work per idle callback, so a busy page still gets its design written. */
const MIN_SLICE_MS = 8;

/**
 * Runs `task` when the main thread is idle (soon, where the browser cannot tell), with how long
 * it may go on; returns a cancel.
 */
function whenIdle(task: (more: More) => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(
      (deadline) => {
        const end = performance.now() + Math.max(deadline.timeRemaining(), MIN_SLICE_MS);
        task(() => performance.now() < end);
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(() => task(() => true), 0);
  return () => clearTimeout(handle);
}

const own = (state: DesignState): Design => state.viewing?.ownDesign ?? state.design;

/**
 * The worker's client is a chunk of its own, loaded by the first large write: the entry stays
 * within its budget. Where there are no workers (Node, the unit tests) writes deflate in place.
 */
const deflateOnWorker: DeflateInBackground | undefined =
  typeof Worker === 'function'
    ? (stateJson) => import('./backgroundDeflate').then((m) => m.deflateInWorker(stateJson))
    : undefined;

/**
 * The autosave of one store, whose design storage holds at revision `rev` when this starts;
 * `load` says whether the browser keeps anything at all; `deflate` deflates a large design off
 * the main thread (backgroundDeflate.ts), or it is deflated in place.
 */
export function createAutosave(
  bound: StoreApi<DesignState>,
  rev: number,
  load: StorageLoad = { ok: true },
  deflate: DeflateInBackground | undefined = deflateOnWorker,
): Autosave {
  const store = () => bound.getState();
  /** The revision this tab knows storage holds for the open design. */
  let seen = rev;
  /** What that revision holds, as this tab wrote or took it. */
  let written: { document: DesignDocument; design: Design } = {
    document: store().document,
    design: own(store()),
  };
  let pending = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle: (() => void) | undefined;
  let refused = false;
  let conflicted = false;
  let saveElsewhere: () => void = () => undefined;
  /** Counts scheduled writes: a deflate that finishes after another was scheduled is dropped. */
  let generation = 0;

  function stopTimer(): void {
    generation += 1;
    if (timer) clearTimeout(timer);
    timer = undefined;
    cancelIdle?.();
    cancelIdle = undefined;
  }

  /**
   * A drag or a burst of typing is written once, a moment after it stops and when the browser is
   * idle: serialising a large design is a long task that must not land between two frames.
   */
  function schedule(): void {
    pending = true;
    stopTimer();
    timer = setTimeout(() => {
      timer = undefined;
      const step = (more: More) => {
        cancelIdle = undefined;
        // The resources' JSON first, a slice per idle moment; then the write itself.
        if (keepResourceJson(own(store()), more)) write();
        else cancelIdle = whenIdle(step);
      };
      cancelIdle = whenIdle(step);
    }, WRITE_DELAY_MS);
  }

  /**
   * The debounced write: a large design is deflated on the worker first and written when that
   * is done, unless the design changed or was written meanwhile (the newer write follows).
   */
  function write(): void {
    const state = store();
    const prepared: PreparedState = {
      document: state.document,
      design: own(state),
      stateJson: storedStateJson({ document: state.document, design: own(state) }),
    };
    if (!deflate || !isDeflatedWhenStored(prepared.stateJson)) {
      flush(false, prepared);
      return;
    }
    const mine = generation;
    deflate(prepared.stateJson).then(
      (deflated) => {
        if (mine === generation) flush(false, { ...prepared, deflated });
      },
      () => {
        if (mine === generation) flush(false, prepared);
      },
    );
  }

  function tellRefused(reason: string): void {
    const { document, notify } = store();
    notify({
      tone: 'error',
      key: 'autosave',
      text: `This browser would not save your latest changes to “${document.name}” (${reason}). They are still here, in this tab: save the design as a project file to keep them. Saving is tried again with every change.`,
      actions: [{ label: 'Save project file', run: () => saveElsewhere() }],
    });
  }

  /** IndexedDB refused a write the copy in memory had taken: the design is not stored after all. */
  function onRefused(refusal: WriteRefusal): void {
    if (!refusal.keys.includes(designKey(store().document.id))) return;
    pending = true;
    refused = true;
    tellRefused(refusal.reason);
  }

  function flush(force = false, prepared?: PreparedState): boolean {
    stopTimer();
    if (!pending) return true;
    const state = store();
    const document = state.document;
    const design = own(state);
    const result = writeDesign(document, design, seen, force, prepared);
    if (result.outcome === 'conflict') {
      if (!conflicted) askAboutConflict();
      conflicted = true;
      return false;
    }
    if (result.outcome === 'refused') {
      if (!refused) tellRefused(load.ok ? 'its storage is full or turned off' : load.reason);
      refused = true;
      return false;
    }
    pending = false;
    conflicted = false;
    seen = result.rev;
    written = { document, design };
    // The design is stored; a list that cannot be brought up to date catches up at the next write.
    touchLibraryEntry(document);
    if (refused) {
      refused = false;
      state.dismissNotices('autosave');
      state.notify({
        tone: 'info',
        key: 'autosave',
        text: 'Your changes are saved in this browser again.',
      });
    }
    return true;
  }

  function opened(rev: number): void {
    stopTimer();
    pending = false;
    refused = false;
    conflicted = false;
    seen = rev;
    const state = store();
    written = { document: state.document, design: own(state) };
    state.dismissNotices('autosave');
    state.dismissNotices('autosave-conflict');
  }

  function askAboutConflict(): void {
    const { document } = store();
    store().notify({
      tone: 'error',
      key: 'autosave-conflict',
      text: `“${document.name}” was also changed in another tab. Your changes in this tab are not saved yet.`,
      actions: [
        { label: "Keep this tab's version", run: () => flush(true) },
        { label: "Take the other tab's (keep yours as a copy)", run: takeTheirs },
      ],
    });
  }

  /** This tab's changes become a design of their own in the list; the stored version opens. */
  function keepMineAsCopy(reason: string): boolean {
    const state = store();
    const document = { id: freshDesignId(), name: `${state.document.name} (${reason})` };
    const copy = writeDesign(document, own(state), 0);
    return copy.outcome === 'written' && touchLibraryEntry(document);
  }

  function takeTheirs(): void {
    const state = store();
    const read = loadStoredDesign(state.document);
    if (!read?.ok) return;
    if (!keepMineAsCopy("this tab's changes")) {
      state.notify({
        tone: 'error',
        text: 'This browser would not store a copy of your changes, so they were kept here. Save the design as a project file first.',
      });
      return;
    }
    take(read.document, read.design, read.rev);
  }

  function take(document: DesignDocument, design: Design, rev: number): void {
    pending = false;
    conflicted = false;
    seen = rev;
    written = { document, design };
    stopTimer();
    store().dismissNotices('autosave-conflict');
    store().adoptStored(document, design);
  }

  function onOtherTab({ key, newValue }: StoredChange): void {
    const { document } = store();
    if (key !== designKey(document.id)) return;
    if (newValue === null) {
      store().notify({
        tone: 'info',
        key: 'autosave-deleted',
        text: `“${document.name}” was deleted in another tab. It is still open here; any change you make stores it again.`,
      });
      seen = 0;
      return;
    }
    const rev = storedRevision(newValue);
    if (rev <= seen) return;
    if (pending) {
      if (!conflicted) askAboutConflict();
      conflicted = true;
      return;
    }
    const read = readStoredDesign(newValue, document);
    if (read.ok) take(read.document, read.design, rev);
  }

  /** Before the tab goes: write, or keep a conflicting edit as a copy rather than lose it. */
  function onLeave(): void {
    if (!flush() && conflicted) keepMineAsCopy('unsaved changes from a closed tab');
    keepUnstoredForNextStart();
  }

  function onHidden(): void {
    if (document.visibilityState === 'hidden') flush();
  }

  function start(save: () => void): () => void {
    saveElsewhere = save;
    if (!load.ok) {
      // Said before the first edit, so no one works for an hour on a design that is not kept.
      store().notify({
        tone: 'error',
        key: 'autosave',
        text: `This browser will not keep your designs (${load.reason}). What you do stays in this tab only: save the design as a project file to keep it.`,
        actions: [{ label: 'Save project file', run: () => saveElsewhere() }],
      });
    }
    const stopRefusals = onWriteRefused(onRefused);
    const stopEdits = bound.subscribe((state, before) => {
      const design = own(state);
      if (state.document.id !== written.document.id) return; // a switch: `opened` follows
      if (design === own(before) && state.document === before.document) return;
      if (design === written.design && state.document === written.document) return;
      schedule();
    });
    const stopStorage = onStoredChange((change) => {
      if (change.fromOtherTab) onOtherTab(change);
    });
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      stopTimer();
      stopRefusals();
      stopEdits();
      stopStorage();
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }

  return { flush, opened, start };
}
