import {
  MAX_PROJECT_BYTES,
  PROJECT_FILE_TYPES,
  projectFileName,
  projectFileText,
  readProjectFile,
} from '../domain/share/projectFile';
import { useDesignStore } from '../store/designStore';
import type { Command } from './command';
import { startDesign } from './designLibrary';
import { downloadText } from '../platform/download';

/** Downloads the open design, layout and name included, to open again here or elsewhere. */
export function downloadProjectFile(): void {
  const { design, document, viewing, notify } = useDesignStore.getState();
  const name = viewing ? 'Shared design' : document.name;
  const fileName = projectFileName(name);
  downloadText(projectFileText(design, name), fileName, 'application/json');
  notify({ tone: 'info', text: `Saved ${fileName}. Open it again with “Open project file…”.` });
}

export const saveProjectFile: Command = {
  id: 'save-project-file',
  label: 'Save project file',
  shortcuts: [{ key: 's', mod: true, shift: true }],
  run: downloadProjectFile,
};

/** Opens a project file as a new design in the browser; the open design is kept in the list. */
export async function openProjectFile(file: File): Promise<void> {
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
  if (!startDesign(read.name ?? fallbackName, read.design)) return;
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

/** A file picker made on demand, so the shortcut works wherever focus is. */
export const openProjectFileCommand: Command = {
  id: 'open-project-file',
  label: 'Open project file…',
  shortcuts: [{ key: 'o', mod: true }],
  run: () => {
    // In the document while the picker is open: a detached input's picker is not shown
    // reliably (Safari, and Chromium now and then), and its change event can be lost.
    const input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    input.accept = PROJECT_FILE_TYPES;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (file) void openProjectFile(file);
    });
    input.addEventListener('cancel', () => input.remove());
    document.body.append(input);
    input.click();
  },
};
