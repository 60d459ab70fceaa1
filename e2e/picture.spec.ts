import { type Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { readFile } from 'node:fs/promises';

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the design exports as SVG and PNG pictures, cropped to it, light or dark', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.rename('general', 'web-frontend');
  await page.getByTestId('export-picture').click();
  const dialog = page.getByTestId('picture-dialog');
  await expect(dialog.getByTestId('picture-preview')).toBeVisible();

  await dialog.getByLabel('Light').check();
  const light = await download(page, 'download-svg');
  expect(light.name).toBe('nodepool-design.svg');
  const svg = light.bytes.toString('utf8');
  expect(svg.length).toBeGreaterThan(3000);
  expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).not.toContain('foreignObject');
  for (const name of [
    'web-frontend',
    'gpu-spot',
    'gpu-ondemand',
    'batch',
    'gpu-al2023',
    'default',
    'h100-balanced',
  ]) {
    // each name isolated (FSI … PDI), so a bidi control in it cannot reorder the text around it
    expect(svg).toContain(`>\u2068${name}\u2069<`);
  }
  // it renders in the browser as an image of the design's size
  const size = await page.evaluate(async (text) => {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
    await image.decode();
    return { width: image.naturalWidth, height: image.naturalHeight };
  }, svg);
  expect(size.width).toBeGreaterThan(500);
  expect(size.height).toBeGreaterThan(500);
  // the dialog says what the PNG will be before it is made
  await expect(dialog).toContainText(`PNG ${size.width * 2} × ${size.height * 2} px`);

  await dialog.getByLabel('Dark').check();
  const dark = (await download(page, 'download-svg')).bytes.toString('utf8');
  expect(dark).not.toBe(svg);
  expect(dark).toContain('>\u2068web-frontend\u2069<');

  const png = await download(page, 'download-png');
  expect(png.name).toBe('nodepool-design.png');
  expect(png.bytes.length).toBeGreaterThan(20_000);
  // drawn at twice the SVG's size, so it stays sharp in a document
  expect(pngSize(png.bytes)).toEqual({ width: size.width * 2, height: size.height * 2 });
});

test('the picture of an empty design says so instead of failing', async ({ page, designer }) => {
  await designer.openEmpty();
  await page.getByTestId('export-picture').click();
  const svg = (await download(page, 'download-svg')).bytes.toString('utf8');
  expect(svg).toContain('Empty design');
});
