/** Twice the size, so the PNG stays sharp on high-density screens and when a document zooms. */
const PNG_SCALE = 2;
// Browsers refuse canvases past about 16k px a side or a few hundred megapixels (Safari lowest),
// and toBlob then gives null; a very large design is scaled down to stay under both.
const MAX_CANVAS_SIDE = 16_384;
const MAX_CANVAS_PIXELS = 120_000_000;

/** The PNG's size in pixels: twice the picture, less for a design past the browser's limits. */
export function pngSize({ width, height }: { width: number; height: number }): {
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
