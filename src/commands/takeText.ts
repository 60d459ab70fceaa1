import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

/** Generated text to take elsewhere (a MIG snippet, the saved data that could not be read). */
interface TextFile {
  text: string;
  fileName: string;
  type: string;
}

export const downloadTextFile: Command<TextFile> = {
  id: 'download-text-file',
  label: 'Download',
  editsDesign: false,
  run: ({ platform }, { text, fileName, type }) => platform.download(text, fileName, type),
};

/** `what` names the text in the notice: “Copied the <what>.” */
export const copyTextSnippet: Command<{ text: string; what: string }, Promise<void>> = {
  id: 'copy-text',
  label: 'Copy',
  editsDesign: false,
  run: async ({ platform }, { text, what }) => {
    const { notify } = useDesignStore.getState();
    try {
      await platform.copyText(text);
      notify({ tone: 'info', text: `Copied the ${what}.` });
    } catch {
      notify({ tone: 'error', text: 'The browser refused clipboard access: use Download.' });
    }
  },
};
