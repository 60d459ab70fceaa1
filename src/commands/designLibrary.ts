import {
  putEntry,
  removeEntry,
  uniqueDesignName,
  type DesignLibrary,
} from '../domain/design/designLibrary';
import type { DesignDocument } from '../domain/design/storedDesign';
import { EMPTY_DESIGN, type Design } from '../domain/design/types';
import { moveAside, readStored } from '../store/browserStorage';
import { designKey, freshDesignId, moveLegacyDesigns, rememberOpen } from '../store/designStorage';
import type { StoredEntry } from '../store/designState';
import { autosave, useDesignStore } from '../store/designStore';
import { libraryOf } from '../store/librarySlice';
import { openDesign } from '../store/listDesigns';
import { keepLibraryCopy } from '../store/libraryStorage';
import type { Command } from './command';
import type { Platform } from '../platform/platform';

const REFUSED =
  'This browser would not store the change (its storage is full or turned off). Nothing was changed; save the open design as a project file to keep it.';

const store = () => useDesignStore.getState();

function refuse(text = REFUSED): false {
  store().notify({ tone: 'error', text });
  return false;
}

/**
 * The stored list, with what could not be read told to the user once: damaged entries and
 * designs are moved aside (the notice offers them for download) and leave the list.
 */
function storedLibrary(): DesignLibrary {
  // Another tab of an older version may have stored designs inside the list since this one started.
  moveLegacyDesigns();
  store().readLibraryDesigns();
  const { library } = store();
  const damaged: string[] = [...library.unreadable];
  const copy = damaged.length > 0 ? keepLibraryCopy(damaged.join('; ')) : undefined;
  let kept = libraryOf(library);
  for (const entry of library.entries) {
    if (entry.status !== 'unreadable') continue;
    const raw = readStored(designKey(entry.id));
    if (raw !== null) moveAside(designKey(entry.id), raw, entry.reason);
    damaged.push(`"${entry.name}": ${entry.reason}`);
    kept = removeEntry(kept, entry.id);
  }
  if (damaged.length > 0) {
    // Storing the readable rest stops the same message at every look; the copies keep the rest.
    store().storeLibrary(kept);
    store().notify({
      tone: 'error',
      text: `Some of the designs kept in this browser could not be read and are no longer listed: ${damaged.join('; ')}. A copy of the stored data is kept.`,
      ...(copy ? { unreadable: copy } : {}),
    });
  }
  return kept;
}

/** A stored design as the library slice read it; its reason (after "it …") when it cannot be opened. */
function readDesign(entry: StoredEntry | undefined): { design: Design; rev: number } | string {
  if (!entry) return 'it is no longer here';
  switch (entry.status) {
    case 'readable':
      return { design: entry.design, rev: entry.rev };
    case 'open':
      return 'it is open';
    case 'unread':
      return 'it has not been read yet';
    default:
      return entry.reason;
  }
}

function storedEntry(id: string): StoredEntry | undefined {
  store().readLibraryDesigns();
  return store().library.entries.find((e) => e.id === id);
}

/** A design of the list as the start screen shows it: the open one as it is now. */
function listedDesign(id: string): { name: string; design: Design } | undefined {
  const open = openDesign();
  if (id === open.document.id) return { name: open.document.name, design: open.design };
  const entry = storedEntry(id);
  return entry?.status === 'readable' ? entry : undefined;
}

/**
 * Opens another design, the open one stored first. Refused, with nothing changed, when the
 * open design's changes cannot be stored: switching would lose them.
 */
function switchTo(
  platform: Platform,
  document: DesignDocument,
  design: Design,
  rev: number,
): boolean {
  if (!autosave.flush()) {
    return refuse(
      `Your latest changes to “${openDesign().document.name}” are not stored yet (see the message about it), so another design was not opened. Save it as a project file, or resolve that message first.`,
    );
  }
  const current = openDesign().document;
  const now = Date.now();
  const list = putEntry(putEntry(libraryOf(store().library), { ...current, updatedAt: now }), {
    ...document,
    updatedAt: now + 1,
  });
  if (!store().storeLibrary(list)) return refuse();
  store().openDocument(document, design);
  autosave.opened(rev);
  rememberOpen(document.id);
  platform.replaceFragment(undefined);
  // Another design is another drawing: show all of it, as an editor does on opening a file,
  // rather than wherever the last one was scrolled.
  const ids = Object.keys(design.resources);
  if (ids.length > 0) store().focusResources(ids);
  return true;
}

/** Opens one of the browser's designs, keeping the one that was open. */
export const openStoredDesign: Command<{ id: string }> = {
  id: 'open-stored-design',
  label: 'Open design',
  editsDesign: false,
  run: ({ platform }, { id }) => {
    if (id === store().document.id) {
      leaveShared(platform);
      store().closeDialog('start');
      return;
    }
    const entry = storedLibrary().entries.find((e) => e.id === id);
    const read = readDesign(entry && storedEntry(entry.id));
    if (!entry || typeof read === 'string') {
      refuse(
        `That design could not be opened: ${typeof read === 'string' ? read : 'it is no longer here'}.`,
      );
      return;
    }
    switchTo(platform, { id: entry.id, name: entry.name }, read.design, read.rev);
  },
};

/**
 * Starts a new named design in the browser (blank, a template, the example, a file, a copy of
 * a shared design); the open one stays in the list as it was.
 */
export function startDesign(platform: Platform, name: string, design: Design): boolean {
  const library = putEntry(storedLibrary(), { ...openDesign().document, updatedAt: Date.now() });
  const document = { id: freshDesignId(), name: uniqueDesignName(library, name) };
  const written = store().storeDesign(document, design, 0);
  if (written.outcome !== 'written') return refuse();
  if (switchTo(platform, document, design, written.rev)) return true;
  store().forgetDesign(document.id);
  return false;
}

/** A blank design, a template, the example: started from the start screen or the toolbar. */
export const startNewDesign: Command<{ name: string; design: Design }, boolean> = {
  id: 'start-design',
  label: 'Start a design',
  editsDesign: false,
  run: ({ platform }, { name, design }) => startDesign(platform, name, design),
};

function renameOpen(name: string): void {
  const library = putEntry(storedLibrary(), { ...openDesign().document, updatedAt: 0 });
  const { document, renameDocument } = store();
  renameDocument(uniqueDesignName(library, name, document.id));
}

/** The name is the document's, not the design's: renaming is not an undo step. */
export const renameOpenDesign: Command<{ name: string }> = {
  id: 'rename-open-design',
  label: 'Rename design',
  editsDesign: false,
  run: (_, { name }) => renameOpen(name),
};

export const renameStoredDesign: Command<{ id: string; name: string }> = {
  id: 'rename-stored-design',
  label: 'Rename',
  editsDesign: false,
  run: (_, { id, name }) => renameStored(id, name),
};

function renameStored(id: string, name: string): void {
  if (id === store().document.id) {
    renameOpen(name);
    return;
  }
  const library = storedLibrary();
  const entry = library.entries.find((e) => e.id === id);
  if (!entry) return;
  const read = readDesign(storedEntry(id));
  if (typeof read === 'string') {
    refuse(`That design could not be renamed: ${read}.`);
    return;
  }
  const document = { id, name: uniqueDesignName(library, name, id) };
  // The name is stored with the design too, so a tab that has it open follows the rename.
  if (store().storeDesign(document, read.design, read.rev).outcome !== 'written') {
    refuse();
    return;
  }
  if (!store().storeLibrary(putEntry(library, { ...entry, name: document.name }))) refuse();
}

export const duplicateStoredDesign: Command<{ id: string }> = {
  id: 'duplicate-stored-design',
  label: 'Duplicate',
  editsDesign: false,
  run: (_, { id }) => duplicateStored(id),
};

function duplicateStored(id: string): void {
  const entry = listedDesign(id);
  if (!entry) return;
  const library = putEntry(storedLibrary(), { ...openDesign().document, updatedAt: Date.now() });
  const document = { id: freshDesignId(), name: uniqueDesignName(library, `${entry.name} copy`) };
  if (store().storeDesign(document, entry.design, 0).outcome !== 'written') {
    refuse();
    return;
  }
  if (!store().storeLibrary(putEntry(library, { ...document, updatedAt: Date.now() }))) {
    store().forgetDesign(document.id);
    refuse();
  }
}

/**
 * Deletes after asking: a stored design has no undo. Deleting the open one opens the most
 * recent other design, or a blank one when it was the last.
 */
export const deleteStoredDesign: Command<{ id: string }> = {
  id: 'delete-stored-design',
  label: 'Delete',
  editsDesign: false,
  run: (_, { id }) => {
    const entry = listedDesign(id);
    if (!entry) return;
    store().openDialog({
      kind: 'confirm',
      title: `Delete “${entry.name}”?`,
      body: 'It is removed from this browser and cannot be undone. A project file you saved of it is not affected.',
      confirmLabel: 'Delete design',
      onConfirm: () => deleteConfirmed(id),
    });
  },
};

function deleteConfirmed(id: string): void {
  const library = removeEntry(storedLibrary(), id);
  if (id !== store().document.id) {
    if (store().storeLibrary(library)) store().forgetDesign(id);
    else refuse();
    return;
  }
  const next = library.entries
    .map((entry) => ({ entry, read: readDesign(storedEntry(entry.id)) }))
    .find(({ read }) => typeof read !== 'string');
  const target =
    next && typeof next.read !== 'string'
      ? { document: { id: next.entry.id, name: next.entry.name }, ...next.read }
      : undefined;
  const document = target?.document ?? { id: freshDesignId(), name: 'Untitled design' };
  const design = target?.design ?? EMPTY_DESIGN;
  const rev = target?.rev ?? store().storeDesign(document, design, 0).rev;
  if (!store().storeLibrary(putEntry(library, { ...document, updatedAt: Date.now() }))) {
    refuse();
    return;
  }
  store().forgetDesign(id);
  store().openDocument(document, design);
  autosave.opened(rev);
  rememberOpen(document.id);
  store().openDialog({ kind: 'start' });
}

/** Opens the start screen, first saying if any stored design could not be read. */
export const openStartScreen: Command = {
  id: 'open-start-screen',
  label: 'Designs…',
  description: 'Designs in this browser, templates and project files',
  editsDesign: false,
  run: () => {
    storedLibrary();
    store().openDialog({ kind: 'start' });
  },
};

/** Makes the shared design shown the visitor's own, as a new design; theirs stays in the list. */
export const copySharedDesign: Command = {
  id: 'make-copy',
  label: 'Make a copy',
  editsDesign: false,
  isEnabled: (state) => state.viewing !== undefined,
  run: ({ platform }) => {
    const { design, selection, select } = store();
    if (!startDesign(platform, 'Shared design', design)) return;
    select(selection);
    store().notify({
      tone: 'info',
      text:
        'The shared design is now yours, as “' +
        store().document.name +
        '”. Your own design is kept under Designs.',
    });
  },
};

/** Leaving the shared view drops the fragment, so a reload shows the user's own design. */
function leaveShared(platform: Platform): void {
  store().leaveShared();
  platform.replaceFragment(undefined);
}

export const backToMyDesign: Command = {
  id: 'back-to-my-design',
  label: 'Back to my design',
  editsDesign: false,
  run: ({ platform }) => leaveShared(platform),
};
