import { expect, test } from './support/fixtures';
import { EXAMPLE } from './support/example';
import { unreadableCopies } from './support/storedEntries';

test('the design survives a reload', async ({ page, designer }) => {
  await designer.open();
  await designer.rename('general', 'general-purpose');
  await designer.dragFromPalette('palette-ec2nodeclass', { x: 300, y: 60 });
  await expect(designer.node('ec2nodeclass-1')).toBeVisible();
  const before = (await designer.downloadYaml()).text;
  await page.reload();
  await expect(designer.node('general-purpose')).toBeVisible();
  await expect(designer.node('ec2nodeclass-1')).toBeVisible();
  expect((await designer.downloadYaml()).text).toBe(before);
});

test('corrupt saved state opens with a message and keeps a copy', async ({ page, designer }) => {
  await page.goto('/');
  await page.evaluate(() =>
    localStorage.setItem('nodepool-designer:design', '{"state": {"design": 42'),
  );
  await page.reload();
  await expect(page.getByTestId('notice')).toContainText('could not be opened');
  // the app still works on the example design
  await expect(designer.nodes('nodePool')).toHaveCount(EXAMPLE.nodePools);
  // An older build wrote it to localStorage; it was moved to IndexedDB and kept aside there.
  await expect.poll(() => unreadableCopies(page)).toContain('{"state": {"design": 42');
});

test('saved state from a newer version is kept, not overwritten', async ({ page }) => {
  await page.goto('/');
  const future = JSON.stringify({ state: { design: { resources: {} } }, version: 99 });
  await page.evaluate((value) => localStorage.setItem('nodepool-designer:design', value), future);
  await page.reload();
  await expect(page.getByTestId('notice')).toContainText('newer version');
  await expect.poll(() => unreadableCopies(page)).toContain(future);
});
