import { expect, test } from './support/fixtures';
import { EXAMPLE } from './support/example';
import { largeDesignYaml } from '../bench/browser/largeDesign.mjs';
import { storedEntries, unreadableCopies } from './support/storedEntries';

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

test('a large design is deflated on a worker as it is saved, and an edit to it survives a reload', async ({
  page,
  designer,
}) => {
  test.setTimeout(120_000);
  // The worker is the point: deflating a large design on the page's thread was a long task.
  await page.addInitScript(() => {
    const Native = window.Worker;
    const started: string[] = [];
    Object.assign(window, { deflateWorkers: started });
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (String(url).includes('deflate')) started.push(String(url));
      }
    };
  });
  await designer.openEmpty();
  await page.getByTestId('import-file').setInputFiles({
    name: 'fleet.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(largeDesignYaml({ classes: 10, pools: 90 })),
  });
  await expect(page.getByText('100 resources selected')).toBeVisible({ timeout: 30_000 });
  // The import selected all it added. At overview zoom the cards hide their names: click the
  // card itself.
  await designer.clickEmptyCanvas();
  await designer.node('team-pool-042').locator('.resource-card').click();
  await page.getByTestId('inspector').getByTestId('field-name').fill('renamed-pool');
  await expect
    .poll(
      async () => Object.values(await storedEntries(page, 'nodepool-designer:design/')).join(),
      {
        timeout: 20_000,
      },
    )
    .toContain('"deflated"');
  await expect
    .poll(() =>
      page.evaluate(
        () => (window as unknown as { deflateWorkers: string[] }).deflateWorkers.length,
      ),
    )
    .toBeGreaterThan(0);
  await page.reload();
  await expect(designer.node('renamed-pool')).toBeAttached({ timeout: 30_000 });
  await expect(designer.node('team-pool-042')).toHaveCount(0);
});
