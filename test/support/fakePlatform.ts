import type { Platform } from '../../src/platform/platform';

/** A platform that records what commands asked of the browser. */
export function fakePlatform() {
  const record = {
    downloads: [] as { content: string | Blob; fileName: string }[],
    copied: [] as string[],
    fragment: '',
    reloads: 0,
    /** What each file picker offered, and whether it took several files. */
    pickers: [] as { accept: string; multiple: boolean }[],
    /** The files the user chooses in the next picker; none is a cancel. */
    choose: [] as File[],
  };
  const platform: Platform = {
    download: (content, fileName) => record.downloads.push({ content, fileName }),
    copyText: (text) => {
      record.copied.push(text);
      return Promise.resolve();
    },
    copyPng: () => Promise.resolve(),
    pageUrl: (fragment) => `https://designer.test/#${fragment}`,
    fragment: () => record.fragment,
    replaceFragment: (next) => {
      record.fragment = next ?? '';
    },
    reload: () => {
      record.reloads += 1;
    },
    pickFiles: (accept, onPick, multiple = false) => {
      record.pickers.push({ accept, multiple });
      if (record.choose.length > 0) onPick(record.choose);
    },
    renderPng: () => Promise.resolve(new Blob([])),
  };
  return { platform, record };
}
