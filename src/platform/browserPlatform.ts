import { copyPng, copyText } from './clipboard';
import { downloadText } from './download';
import { pickFiles } from './filePicker';
import { fragment, pageUrl, reloadPage, replaceFragment } from './location';
import type { Platform } from './platform';
import { renderPng } from './renderPng';

export const browserPlatform: Platform = {
  download: downloadText,
  copyText,
  copyPng,
  pageUrl,
  fragment,
  replaceFragment,
  reload: reloadPage,
  pickFiles,
  renderPng,
};
