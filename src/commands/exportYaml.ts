import { EXPORT_FILE_NAME } from '../domain/yaml/exportDesign';
import { useDesignStore } from '../store/designStore';
import { selectProblems, selectYaml } from '../store/selectors';
import type { Command } from './command';

/** Exactly the text the YAML panel shows. */
function exportText(): string {
  return selectYaml(useDesignStore.getState()).text;
}

function errorCount(): number {
  return selectProblems(useDesignStore.getState()).filter((p) => p.severity === 'error').length;
}

export function downloadText(text: string, fileName: string, type = 'application/yaml'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const exportDownload: Command = {
  id: 'export-download',
  label: 'Download YAML',
  shortcuts: [{ key: 's', mod: true }],
  run: () => {
    downloadText(exportText(), EXPORT_FILE_NAME);
    const errors = errorCount();
    useDesignStore.getState().notify({
      tone: errors > 0 ? 'error' : 'info',
      text:
        errors > 0
          ? `Downloaded ${EXPORT_FILE_NAME} with ${errors} error(s) still in the design: see Problems.`
          : `Downloaded ${EXPORT_FILE_NAME}.`,
    });
  },
};

export const exportCopy: Command = {
  id: 'export-copy',
  label: 'Copy YAML',
  shortcuts: [{ key: 'c', mod: true, shift: true }],
  run: async () => {
    const { notify } = useDesignStore.getState();
    try {
      await navigator.clipboard.writeText(exportText());
      notify({ tone: 'info', text: 'Copied the YAML to the clipboard.' });
    } catch {
      notify({
        tone: 'error',
        text: 'The browser refused clipboard access: use Download YAML, or select the text in the YAML panel.',
      });
    }
  },
};
