import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { largeDesignYaml } from '../bench/browser/largeDesign.mjs';
import { expect, test } from './support/fixtures';
import { EXAMPLE } from './support/example';
import { storedEntries, writeStoredEntries } from './support/storedEntries';

/**
 * What the build before IndexedDB (main at issue 17) left in localStorage after a design was
 * renamed and edited and a second one made: captured from that build, not written by hand.
 */
const olderBuild = JSON.parse(
  readFileSync(new URL('./support/olderBuildStorage.json', import.meta.url), 'utf8'),
) as Record<string, string>;

/** The app's entries left in localStorage (the theme aside, which stays there). */
function appEntriesInLocalStorage(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(localStorage).filter(
      (key) => key.startsWith('nodepool-designer:') && key !== 'nodepool-designer:theme',
    ),
  );
}

/** localStorage as the build before IndexedDB left it: two designs and their list. */
async function seedOlderBuild(page: Page): Promise<void> {
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, olderBuild);
}

test('designs saved by the older build open in this one, moved out of localStorage', async ({
  page,
  designer,
}) => {
  // A first visit of the older build, seeded before any of this build's code runs.
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded') !== null) return;
    sessionStorage.setItem('seeded', 'yes');
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, olderBuild);
  await page.goto('/');
  // The design the older build had open last opens, not the example.
  await expect(page.getByTestId('design-name')).toHaveValue('Second older design');
  await expect(designer.node('nodepool-1')).toHaveCount(1);
  await expect(designer.allNodes).toHaveCount(1);
  expect(await appEntriesInLocalStorage(page)).toEqual([]);

  await designer.openStartScreen();
  await page
    .getByTestId('design-entry')
    .locator('.start__design-name', { hasText: 'Saved by the older build' })
    .click();
  await expect(designer.node('pool-from-older-build')).toHaveCount(1);
  await expect(designer.nodes('nodePool')).toHaveCount(EXAMPLE.nodePools);
  await page.reload();
  await expect(designer.node('pool-from-older-build')).toHaveCount(1);
});

test('a move cut short after copying one design finishes on the next load, losing nothing', async ({
  page,
  designer,
}) => {
  await designer.open();
  // IndexedDB holds the first design the move copied; localStorage still holds everything.
  const first = 'nodepool-designer:design/first';
  await writeStoredEntries(page, { [first]: olderBuild[first] ?? '' }, { replace: true });
  await seedOlderBuild(page);
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();

  await expect(page.getByTestId('design-name')).toHaveValue('Second older design');
  expect(await appEntriesInLocalStorage(page)).toEqual([]);
  const stored = await storedEntries(page, 'nodepool-designer:');
  for (const key of Object.keys(olderBuild)) expect(stored[key], key).toBeDefined();
  const start = await designer.openStartScreen();
  const entries = start.getByTestId('design-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.filter({ hasText: 'Saved by the older build' })).toHaveCount(1);
});

test('a browser that keeps no data says so before any work, and the design works in the tab', async ({
  page,
  designer,
}) => {
  // What a private window of some browsers does: IndexedDB is there but will not open.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission', 'InvalidStateError');
    };
  });
  await designer.open();
  const notice = page.getByRole('alert').filter({ hasText: 'will not keep your designs' });
  await expect(notice).toContainText('a private window, or a setting');
  await designer.rename('general', 'only-in-this-tab');
  await expect(designer.node('only-in-this-tab')).toHaveCount(1);
  // The first change not kept is told again, with the same way out.
  const unsaved = page.getByRole('alert').filter({ hasText: 'would not save your latest changes' });
  await expect(unsaved).toContainText('a private window, or a setting');
  const download = page.waitForEvent('download');
  await unsaved.getByRole('button', { name: 'Save project file' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toContain('only-in-this-tab');
});

test('the browser keeps ten designs of 1,000 resources each', async ({ page, designer }) => {
  test.setTimeout(240_000); // ten large designs written, read back and one drawn, on a shared machine
  await designer.openEmpty();
  await page.getByTestId('design-name').fill('Fleet');
  await page.getByTestId('design-name').press('Enter');
  await page.getByTestId('import-file').setInputFiles({
    name: 'fleet.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(largeDesignYaml()),
  });
  // Zoomed out to show all of it, the cards are too small for names: the import selects it all.
  await expect(page.getByText('1000 resources selected')).toBeVisible({ timeout: 30_000 });

  const start = await designer.openStartScreen();
  const entries = start.getByTestId('design-entry');
  const large = entries.filter({ hasText: '900 NodePools' });
  await expect(large).toHaveCount(1);
  for (let copies = 1; copies <= 9; copies++) {
    await start.getByRole('button', { name: 'Duplicate Fleet', exact: true }).click();
    await expect(large).toHaveCount(copies + 1, { timeout: 20_000 });
  }
  await expect(page.getByTestId('notice').filter({ hasText: 'would not' })).toHaveCount(0);
  // Stored, not only listed, before the reload (the example, never edited, is not stored).
  await expect
    .poll(async () => Object.keys(await storedEntries(page, 'nodepool-designer:design/')).length, {
      timeout: 30_000,
    })
    .toBeGreaterThanOrEqual(10);

  await page.reload();
  const again = await designer.openStartScreen();
  await expect(again.getByTestId('design-entry').filter({ hasText: '900 NodePools' })).toHaveCount(
    10,
    { timeout: 30_000 },
  );
  await again
    .getByTestId('design-entry')
    .locator('.start__design-name', { hasText: 'Fleet copy (5)' })
    .click();
  await expect(page.getByTestId('design-name')).toHaveValue('Fleet copy (5)');
  const { text } = await designer.downloadYaml();
  expect(text.match(/^kind: NodePool$/gm)).toHaveLength(900);
  expect(text.match(/^kind: EC2NodeClass$/gm)).toHaveLength(100);
  expect(text).toContain('name: team-pool-899');
});
