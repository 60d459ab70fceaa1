import { projectFileName, projectFileText } from '../domain/share/projectFile';
import { readStored } from '../store/browserStorage';
import { designKey } from '../store/designStorage';
import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

/*
 * What the message shown after a failure while drawing offers. Both run with React down, so
 * they read the store and the platform only.
 */

/**
 * The user's own design as a project file (never a shared one shown over it), or the stored
 * text itself when even that cannot be written: the one way out must not fail on what failed.
 */
export const downloadDesignAfterFailure: Command = {
  id: 'download-design-after-failure',
  label: 'Download the design',
  editsDesign: false,
  run: ({ platform }) => {
    const { design, document, viewing } = useDesignStore.getState();
    const fileName = projectFileName(document.name);
    try {
      platform.download(
        projectFileText(viewing?.ownDesign ?? design, document.name),
        fileName,
        'application/json',
      );
    } catch {
      const raw = readStored(designKey(document.id));
      if (raw !== null) platform.download(raw, fileName, 'application/json');
    }
  },
};

export const reloadPage: Command = {
  id: 'reload-page',
  label: 'Reload',
  editsDesign: false,
  run: ({ platform }) => platform.reload(),
};
