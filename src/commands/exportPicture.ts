import type { ResourceId } from '../domain/design/types';
import { designSvg, type CardSize, type DesignSvg } from '../domain/picture/designSvg';
import { PICTURE_THEMES, type PictureThemeName } from '../domain/picture/pictureTheme';
import { useDesignStore } from '../store/designStore';
import { currentTheme } from '../store/themePreference';
import type { Command } from './command';
import { downloadText } from '../platform/download';

export const SVG_FILE_NAME = 'nodepool-design.svg';
export const PNG_FILE_NAME = 'nodepool-design.png';

/** Twice the size, so the PNG stays sharp on high-density screens and when a document zooms. */
const PNG_SCALE = 2;
// Browsers refuse canvases past about 16k px a side or a few hundred megapixels (Safari lowest),
// and toBlob then gives null; a very large design is scaled down to stay under both.
const MAX_CANVAS_SIDE = 16_384;
const MAX_CANVAS_PIXELS = 120_000_000;

/**
 * The sizes React Flow laid the cards out at, so the picture's cards match the canvas. Nodes
 * the canvas does not render (off screen in a large design) are missing and fall back to sizes
 * computed from their text. offsetWidth ignores the viewport's zoom, which is what we want.
 */
function measuredSizes(): Record<ResourceId, CardSize> {
  const sizes: Record<ResourceId, CardSize> = {};
  for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const id = node.dataset.id;
    if (id && node.offsetWidth > 0 && node.offsetHeight > 0)
      sizes[id] = { width: node.offsetWidth, height: node.offsetHeight };
  }
  return sizes;
}

/** The design on screen (a shared design while one is shown), as a picture. */
export function picture(
  theme: PictureThemeName,
  design = useDesignStore.getState().design,
): DesignSvg {
  return designSvg(design, { theme, sizes: measuredSizes() });
}

export function exportSvg(theme: PictureThemeName): void {
  downloadText(picture(theme).svg, SVG_FILE_NAME, 'image/svg+xml');
  useDesignStore.getState().notify({ tone: 'info', text: `Downloaded ${SVG_FILE_NAME}.` });
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the browser could not draw the SVG'));
    image.src = url;
  });
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('the browser gave no PNG data, perhaps the picture is too large'));
    }, 'image/png');
  });
}

/** The PNG's size in pixels: twice the picture, less for a design past the browser's limits. */
export function pngSize({ width, height }: DesignSvg): {
  width: number;
  height: number;
  scale: number;
} {
  const scale = Math.min(
    PNG_SCALE,
    MAX_CANVAS_SIDE / width,
    MAX_CANVAS_SIDE / height,
    Math.sqrt(MAX_CANVAS_PIXELS / (width * height)),
  );
  return { width: Math.floor(width * scale), height: Math.floor(height * scale), scale };
}

async function renderPng(shot: DesignSvg, theme: PictureThemeName) {
  const size = pngSize(shot);
  const url = URL.createObjectURL(new Blob([shot.svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the browser gave no canvas to draw on');
    // The SVG paints its own background; this covers any edge the scaling leaves transparent.
    context.fillStyle = PICTURE_THEMES[theme].background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await canvasBlob(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function exportPng(theme: PictureThemeName): Promise<void> {
  const { notify } = useDesignStore.getState();
  try {
    downloadText(await renderPng(picture(theme), theme), PNG_FILE_NAME);
    notify({ tone: 'info', text: `Downloaded ${PNG_FILE_NAME}.` });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    notify({
      tone: 'error',
      text: `Could not make the PNG: ${reason}. Export picture (SVG) gives the same picture.`,
    });
  }
}

/** Puts the PNG on the clipboard, to paste straight into a design document. */
export async function copyPng(theme: PictureThemeName): Promise<void> {
  const { notify } = useDesignStore.getState();
  try {
    const png = renderPng(picture(theme), theme);
    // The promise goes in as it is: Safari drops the clipboard permission across an await.
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    notify({ tone: 'info', text: 'Copied the picture: paste it into your document.' });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    notify({
      tone: 'error',
      text: `Could not copy the picture (${reason}). Download it as PNG or SVG instead.`,
    });
  }
}

export const exportPictureSvg: Command = {
  id: 'export-picture-svg',
  label: 'Export picture (SVG)',
  run: () => exportSvg(currentTheme()),
};

export const exportPicturePng: Command = {
  id: 'export-picture-png',
  label: 'Export picture (PNG)',
  run: () => exportPng(currentTheme()),
};
