import {
  MAX_PROJECT_BYTES,
  PROJECT_FILE_TYPES,
  projectFileName,
  projectFileText,
  readProjectFile,
} from '../domain/share/projectFile';
import type { Platform } from '../platform/platform';
import { useDesignStore } from '../store/designStore';
import type { Command } from './command';
import { startDesign } from './designLibrary';

/** Downloads the open design, layout and name included, to open again here or elsewhere. */
export function downloadProjectFile(platform: Platform): void {
  const { design, document, viewing, notify } = useDesignStore.getState();
  const name = viewing ? 'Shared design' : document.name;
  const fileName = projectFileName(name);
  platform.download(projectFileText(design, name), fileName, 'application/json');
  notify({ tone: 'info', text: `Saved ${fileName}. Open it again with “Open project file…”.` });
}

export const saveProjectFile: Command = {
  id: 'save-project-file',
  label: 'Save project file',
  short: 'Save',
  shortcuts: [{ key: 's', mod: true, shift: true }],
  editsDesign: false,
  run: ({ platform }) => downloadProjectFile(platform),
};

/** Opens a project file as a new design in the browser; the open design is kept in the list. */
async function openFile(platform: Platform, file: File): Promise<void> {
  const { notify } = useDesignStore.getState();
  const refuse = (reason: string) =>
    notify({
      tone: 'error',
      text: `“${file.name}” could not be opened: ${reason}. Nothing was changed.`,
    });
  // Checked before reading: a huge file must not be pulled into memory to be refused.
  if (file.size > MAX_PROJECT_BYTES) {
    refuse(
      `it is ${(file.size / 1024 / 1024).toFixed(1)} MB; a project file is at most ${MAX_PROJECT_BYTES / 1024 / 1024} MB`,
    );
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    refuse('the browser could not read it');
    return;
  }
  const read = readProjectFile(text);
  if (!read.ok) {
    refuse(read.reason);
    return;
  }
  const fallbackName = file.name.replace(/\.nodepool\.json$|\.json$/i, '') || 'Opened design';
  if (!startDesign(platform, read.name ?? fallbackName, read.design)) return;
  const count = Object.keys(read.design.resources).length;
  notify({
    tone: 'info',
    text: `Opened “${useDesignStore.getState().document.name}” from ${file.name} (${count} resource${count === 1 ? '' : 's'}). The design you had is kept under Designs.`,
  });
  useDesignStore.getState().focusResources(Object.keys(read.design.resources));
  if (read.dropped.length > 0) {
    notify({
      tone: 'error',
      text: `${read.dropped.length} resource(s) in the file could not be read and were left out: ${read.dropped.join('; ')}.`,
    });
  }
}

/** A project file the user picked or dropped on the start screen. */
export const openProjectFile: Command<{ file: File }, Promise<void>> = {
  id: 'open-project-file',
  label: 'Open project file',
  editsDesign: false,
  run: ({ platform }, { file }) => openFile(platform, file),
};

/** The picker, made on demand, so the shortcut works wherever focus is. */
export const pickProjectFile: Command = {
  id: 'pick-project-file',
  label: 'Open project file…',
  shortcuts: [{ key: 'o', mod: true }],
  editsDesign: false,
  run: ({ platform }) =>
    platform.pickFiles(PROJECT_FILE_TYPES, ([file]) => {
      if (file) void openFile(platform, file);
    }),
};
