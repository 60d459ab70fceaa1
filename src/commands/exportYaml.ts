import { EXPORT_FILE_NAME } from '../domain/yaml/export/exportFileName';
import type { Platform } from '../platform/platform';
import { loadCheckerInto } from '../store/checker';
import { useDesignStore } from '../store/designStore';
import { selectProblems } from '../store/selectors';
import type { Command } from './command';

/**
 * The text the YAML panel shows, without its workloads section unless the user asked for it.
 * The YAML writer is a chunk of its own (the entry does without it), usually loaded by then: the
 * panel uses it, and main.tsx preloads it when the browser is idle.
 */
async function exportText(): Promise<string> {
  const [{ selectYaml }, { exportedText }] = await Promise.all([
    import('../store/yamlSelectors'),
    import('../domain/yaml/export/exportDesign'),
  ]);
  const state = useDesignStore.getState();
  return exportedText(selectYaml(state), state.includeWorkloads);
}

/** The rules are a chunk main.tsx loads after the first paint: an early Ctrl+S waits for them. */
async function errorCount(): Promise<number> {
  await loadCheckerInto(useDesignStore);
  return selectProblems(useDesignStore.getState()).filter((p) => p.severity === 'error').length;
}

async function download(platform: Platform): Promise<void> {
  platform.download(await exportText(), EXPORT_FILE_NAME);
  useDesignStore.getState().notify({ tone: 'info', text: `Downloaded ${EXPORT_FILE_NAME}.` });
}

/**
 * Export is never silently blocked: with errors in the design the user is asked, and told how
 * many, since the API server would reject some of the documents.
 */
export const exportDownload: Command<void, Promise<void>> = {
  id: 'export-download',
  label: 'Download YAML',
  shortcuts: [{ key: 's', mod: true }],
  editsDesign: false,
  run: async ({ platform }) => {
    const errors = await errorCount();
    if (errors === 0) return download(platform);
    useDesignStore.getState().openDialog({
      kind: 'confirm',
      title: `Download with ${errors} ${errors === 1 ? 'error' : 'errors'}?`,
      body: `The design has ${errors} ${errors === 1 ? 'error' : 'errors'} (see Problems). kubectl apply would reject the documents that have them, or Karpenter could not provision for them.`,
      confirmLabel: 'Download anyway',
      onConfirm: () => void download(platform),
    });
  },
};

export const exportCopy: Command<void, Promise<void>> = {
  id: 'export-copy',
  label: 'Copy YAML',
  shortcuts: [{ key: 'c', mod: true, shift: true }],
  editsDesign: false,
  run: async ({ platform }) => {
    const { notify } = useDesignStore.getState();
    try {
      await platform.copyText(await exportText());
      const errors = await errorCount();
      notify({
        tone: errors > 0 ? 'error' : 'info',
        text:
          errors > 0
            ? `Copied the YAML, with ${errors} ${errors === 1 ? 'error' : 'errors'} still in the design: see Problems.`
            : 'Copied the YAML to the clipboard.',
      });
    } catch {
      notify({
        tone: 'error',
        text: 'The browser refused clipboard access: use Download YAML, or select the text in the YAML panel.',
      });
    }
  },
};
