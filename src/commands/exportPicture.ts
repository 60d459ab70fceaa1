import type { DesignSvg } from '../domain/picture/designSvg';
import { pngSize } from '../domain/picture/pngSize';
import { PICTURE_THEMES, type PictureThemeName } from '../domain/picture/pictureTheme';
import type { Platform } from '../platform/platform';
import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

const SVG_FILE_NAME = 'nodepool-design.svg';
const PNG_FILE_NAME = 'nodepool-design.png';

/** The picture the dialog previews (drawn at the canvas's measured card sizes) and its theme. */
interface PictureArgs {
  shot: DesignSvg;
  theme: PictureThemeName;
}

function renderPng(platform: Platform, { shot, theme }: PictureArgs): Promise<Blob> {
  return platform.renderPng(shot.svg, pngSize(shot), PICTURE_THEMES[theme].background);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const downloadSvg: Command<PictureArgs> = {
  id: 'download-svg',
  label: 'Download SVG',
  editsDesign: false,
  run: ({ platform }, { shot }) => {
    platform.download(shot.svg, SVG_FILE_NAME, 'image/svg+xml');
    useDesignStore.getState().notify({ tone: 'info', text: `Downloaded ${SVG_FILE_NAME}.` });
  },
};

export const downloadPng: Command<PictureArgs, Promise<void>> = {
  id: 'download-png',
  label: 'Download PNG',
  editsDesign: false,
  run: async ({ platform }, picture) => {
    const { notify } = useDesignStore.getState();
    try {
      platform.download(await renderPng(platform, picture), PNG_FILE_NAME);
      notify({ tone: 'info', text: `Downloaded ${PNG_FILE_NAME}.` });
    } catch (error) {
      notify({
        tone: 'error',
        text: `Could not make the PNG: ${reasonOf(error)}. Export picture (SVG) gives the same picture.`,
      });
    }
  },
};

/** Puts the PNG on the clipboard, to paste straight into a design document. */
export const copyPng: Command<PictureArgs, Promise<void>> = {
  id: 'copy-png',
  label: 'Copy PNG',
  editsDesign: false,
  run: async ({ platform }, picture) => {
    const { notify } = useDesignStore.getState();
    try {
      // The promise goes in as it is: Safari drops the clipboard permission across an await.
      await platform.copyPng(renderPng(platform, picture));
      notify({ tone: 'info', text: 'Copied the picture: paste it into your document.' });
    } catch (error) {
      notify({
        tone: 'error',
        text: `Could not copy the picture (${reasonOf(error)}). Download it as PNG or SVG instead.`,
      });
    }
  },
};

export const openPictureDialog: Command = {
  id: 'export-picture',
  label: 'Picture…',
  description: 'Export the canvas as a PNG or SVG picture',
  editsDesign: false,
  run: () => useDesignStore.getState().openDialog({ kind: 'picture' }),
};
