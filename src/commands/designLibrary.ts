import {
  putEntry,
  removeEntry,
  uniqueDesignName,
  type DesignLibrary,
} from '../domain/design/designLibrary';
import type { DesignDocument } from '../domain/design/storedDesign';
import { EMPTY_DESIGN, type Design } from '../domain/design/types';
import { flushAutosave, autosaveOpened } from '../store/autosave';
import { moveAside, readStored, removeStored } from '../store/browserStorage';
import {
  designKey,
  freshDesignId,
  loadStoredDesign,
  moveLegacyDesigns,
  rememberOpen,
  writeDesign,
} from '../store/designStorage';
import { useDesignStore } from '../store/designStore';
import { listDesigns, openDesign, readDesign } from '../store/listDesigns';
import { loadLibrary, readStoredLibrary, writeLibrary } from '../store/libraryStorage';
import type { Command } from './command';
import type { Platform } from '../platform/platform';

const REFUSED =
  'This browser would not store the change (its storage is full or turned off). Nothing was changed; save the open design as a project file to keep it.';

function refuse(text = REFUSED): false {
  useDesignStore.getState().notify({ tone: 'error', text });
  return false;
}

/**
 * The stored list, with what could not be read told to the user once: damaged entries and
 * designs are moved aside (the notice offers them for download) and leave the list.
 */
function storedLibrary(): DesignLibrary {
  // Another tab of an older version may have stored designs inside the list since this one started.
  moveLegacyDesigns();
  const { library, unreadable, copy, legacy } = loadLibrary();
  const openId = useDesignStore.getState().document.id;
  const damaged: string[] = [...unreadable];
  let kept = library;
  for (const entry of library.entries) {
    if (entry.id === openId || legacy.has(entry.id)) continue;
    const read = loadStoredDesign(entry);
    if (read === undefined || read.ok) continue;
    const raw = readStored(designKey(entry.id));
    if (raw !== null) moveAside(designKey(entry.id), raw, read.reason);
    damaged.push(`"${entry.name}": ${read.reason}`);
    kept = removeEntry(kept, entry.id);
  }
  if (damaged.length > 0) {
    // Storing the readable rest stops the same message at every look; the copies keep the rest.
    writeLibrary(kept, legacy);
    useDesignStore.getState().notify({
      tone: 'error',
      text: `Some of the designs kept in this browser could not be read and are no longer listed: ${damaged.join('; ')}. A copy of the stored data is kept.`,
      ...(copy ? { unreadable: copy } : {}),
    });
  }
  return kept;
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
  if (!flushAutosave()) {
    return refuse(
      `Your latest changes to “${openDesign().document.name}” are not stored yet (see the message about it), so another design was not opened. Save it as a project file, or resolve that message first.`,
    );
  }
  const { library, legacy } = readStoredLibrary();
  const current = openDesign().document;
  const now = Date.now();
  const list = putEntry(putEntry(library, { ...current, updatedAt: now }), {
    ...document,
    updatedAt: now + 1,
  });
  if (!writeLibrary(list, legacy)) return refuse();
  useDesignStore.getState().openDocument(document, design);
  autosaveOpened(rev);
  rememberOpen(document.id);
  platform.replaceFragment(undefined);
  return true;
}

/** Opens one of the browser's designs, keeping the one that was open. */
export const openStoredDesign: Command<{ id: string }> = {
  id: 'open-stored-design',
  label: 'Open design',
  editsDesign: false,
  run: ({ platform }, { id }) => {
    if (id === useDesignStore.getState().document.id) {
      leaveShared(platform);
      useDesignStore.getState().closeDialog('start');
      return;
    }
    const entry = storedLibrary().entries.find((e) => e.id === id);
    const read = entry ? readDesign(entry) : 'it is no longer here';
    if (!entry || typeof read === 'string') {
      refuse(`That design could not be opened: ${read as string}.`);
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
  const written = writeDesign(document, design, 0);
  if (written.outcome !== 'written') return refuse();
  if (switchTo(platform, document, design, written.rev)) return true;
  removeStored(designKey(document.id));
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
  const { document, renameDocument } = useDesignStore.getState();
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
  if (id === useDesignStore.getState().document.id) {
    renameOpen(name);
    return;
  }
  const library = storedLibrary();
  const entry = library.entries.find((e) => e.id === id);
  if (!entry) return;
  const read = readDesign(entry);
  if (typeof read === 'string') {
    refuse(`That design could not be renamed: ${read}.`);
    return;
  }
  const document = { id, name: uniqueDesignName(library, name, id) };
  // The name is stored with the design too, so a tab that has it open follows the rename.
  if (writeDesign(document, read.design, read.rev).outcome !== 'written') {
    refuse();
    return;
  }
  if (!writeLibrary(putEntry(library, { ...entry, name: document.name }))) refuse();
}

export const duplicateStoredDesign: Command<{ id: string }> = {
  id: 'duplicate-stored-design',
  label: 'Duplicate',
  editsDesign: false,
  run: (_, { id }) => duplicateStored(id),
};

function duplicateStored(id: string): void {
  const entry = listDesigns().entries.find((e) => e.id === id);
  if (!entry) return;
  const library = putEntry(storedLibrary(), { ...openDesign().document, updatedAt: Date.now() });
  const document = { id: freshDesignId(), name: uniqueDesignName(library, `${entry.name} copy`) };
  if (writeDesign(document, entry.design, 0).outcome !== 'written') {
    refuse();
    return;
  }
  if (!writeLibrary(putEntry(library, { ...document, updatedAt: Date.now() }))) {
    removeStored(designKey(document.id));
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
    const entry = listDesigns().entries.find((e) => e.id === id);
    if (!entry) return;
    useDesignStore.getState().openDialog({
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
  if (id !== useDesignStore.getState().document.id) {
    if (writeLibrary(library)) removeStored(designKey(id));
    else refuse();
    return;
  }
  const next = library.entries
    .map((entry) => ({ entry, read: readDesign(entry) }))
    .find(({ read }) => typeof read !== 'string');
  const target =
    next && typeof next.read !== 'string'
      ? { document: { id: next.entry.id, name: next.entry.name }, ...next.read }
      : undefined;
  const document = target?.document ?? { id: freshDesignId(), name: 'Untitled design' };
  const design = target?.design ?? EMPTY_DESIGN;
  const rev = target?.rev ?? writeDesign(document, design, 0).rev;
  if (!writeLibrary(putEntry(library, { ...document, updatedAt: Date.now() }))) {
    refuse();
    return;
  }
  removeStored(designKey(id));
  useDesignStore.getState().openDocument(document, design);
  autosaveOpened(rev);
  rememberOpen(document.id);
  useDesignStore.getState().openDialog({ kind: 'start' });
}

/** Opens the start screen, first saying if any stored design could not be read. */
export const openStartScreen: Command = {
  id: 'open-start-screen',
  label: 'Designs…',
  description: 'Designs in this browser, templates and project files',
  editsDesign: false,
  run: () => {
    storedLibrary();
    useDesignStore.getState().openDialog({ kind: 'start' });
  },
};

/** Makes the shared design shown the visitor's own, as a new design; theirs stays in the list. */
export const copySharedDesign: Command = {
  id: 'make-copy',
  label: 'Make a copy',
  editsDesign: false,
  isEnabled: (state) => state.viewing !== undefined,
  run: ({ platform }) => {
    const { design, selection, select } = useDesignStore.getState();
    if (!startDesign(platform, 'Shared design', design)) return;
    select(selection);
    useDesignStore.getState().notify({
      tone: 'info',
      text:
        'The shared design is now yours, as “' +
        useDesignStore.getState().document.name +
        '”. Your own design is kept under Designs.',
    });
  },
};

/** Leaving the shared view drops the fragment, so a reload shows the user's own design. */
function leaveShared(platform: Platform): void {
  useDesignStore.getState().leaveShared();
  platform.replaceFragment(undefined);
}

export const backToMyDesign: Command = {
  id: 'back-to-my-design',
  label: 'Back to my design',
  editsDesign: false,
  run: ({ platform }) => leaveShared(platform),
};
