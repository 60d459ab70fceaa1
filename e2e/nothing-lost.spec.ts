import { type Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { EXAMPLE } from './support/example';
import { readFile } from 'node:fs/promises';
import { Designer } from './support/designer';

/** The storage key of the design open in `page`. */
async function openDesignKey(page: Page): Promise<string> {
  return page.evaluate(() => {
    const id = sessionStorage.getItem('nodepool-designer:tab-design');
    return `nodepool-designer:design/${id ?? ''}`;
  });
}

/** Opens a design from the start screen's list by its name. */
async function openFromList(designer: Designer, name: string | RegExp): Promise<void> {
  const { page } = designer;
  await designer.openStartScreen();
  await page
    .getByTestId('design-entry')
    .locator('.start__design-name', { hasText: name })
    .first()
    .click();
  await expect(page.getByTestId('design-name')).toHaveValue(name);
}

/** Waits until the autosave has written `text` into the open design's storage entry. */
async function storedContains(page: Page, text: string): Promise<void> {
  const key = await openDesignKey(page);
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', key)).toContain(text);
}

test('two tabs showing one design stay in step, and a click in a stale tab erases nothing', async ({
  page,
  context,
}) => {
  test.slow(); // two or three tabs of the app at once
  const a = new Designer(page);
  await a.open();
  const b = new Designer(await context.newPage());
  await b.open();

  await b.rename('batch', 'edited-in-tab-b');
  await storedContains(b.page, 'edited-in-tab-b');
  // Tab A follows without a reload
  await expect(a.node('edited-in-tab-b')).toHaveCount(1);

  await a.rename('general', 'edited-in-tab-a');
  await expect(b.node('edited-in-tab-a')).toHaveCount(1);
  await a.select('gpu-spot');
  await a.page.waitForTimeout(500);

  await b.page.reload();
  await expect(b.node('edited-in-tab-b')).toHaveCount(1);
  await expect(b.node('edited-in-tab-a')).toHaveCount(1);
});

test('two tabs with two designs keep both designs and their edits', async ({ page, context }) => {
  test.slow(); // three tabs of the app, one after the other
  const a = new Designer(page);
  await a.open();
  await page.getByTestId('design-name').fill('Alpha');
  await page.getByTestId('design-name').press('Enter');
  await a.rename('general', 'alpha-pool');

  const b = new Designer(await context.newPage());
  await b.open();
  await b.page.getByTestId('new-design').click();
  await b.page.getByTestId('design-name').fill('Beta');
  await b.page.getByTestId('design-name').press('Enter');
  await b.page.getByTestId('palette-nodepool').click();
  await expect(b.node('nodepool-1')).toHaveCount(1);
  await storedContains(b.page, 'nodepool-1');
  await a.rename('gpu-spot', 'alpha-spot');
  await storedContains(page, 'alpha-spot');
  await b.page.close();
  await page.close();

  const again = new Designer(await context.newPage());
  await again.open();
  await openFromList(again, 'Alpha');
  await expect(again.node('alpha-pool')).toHaveCount(1);
  await expect(again.node('alpha-spot')).toHaveCount(1);
  await openFromList(again, 'Beta');
  await expect(again.node('nodepool-1')).toHaveCount(1);
});

test('a write that would replace another tab’s newer work asks first and loses neither', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.rename('general', 'saved-once');
  await storedContains(page, 'saved-once');
  const key = await openDesignKey(page);
  // Another tab stores a newer revision (no storage event reaches this tab for it), then
  // this tab edits: its write would replace the newer work.
  await page.evaluate((k) => {
    const raw = localStorage.getItem(k) ?? '';
    const rev = Number(/^\{"rev":(\d+)/.exec(raw)?.[1] ?? '0');
    localStorage.setItem(
      k,
      raw.replace(/^\{"rev":\d+/, `{"rev":${rev + 5}`).replaceAll('saved-once', 'theirs-newer'),
    );
  }, key);
  await designer.nameField.fill('mine-unsaved');
  const conflict = page.getByRole('alert').filter({ hasText: 'also changed in another tab' });
  await expect(conflict).toBeVisible();
  await expect
    .poll(() => page.evaluate((k) => localStorage.getItem(k), key))
    .toContain('theirs-newer');

  await conflict.getByRole('button', { name: "Take the other tab's" }).click();
  await expect(designer.node('theirs-newer')).toHaveCount(1);
  await openFromList(designer, "Example design (this tab's changes)");
  await expect(designer.node('mine-unsaved')).toHaveCount(1);
});

test('a refused autosave says so at once, keeps the edit and offers the project file', async ({
  page,
  designer,
}) => {
  await designer.open();
  // Fill the origin's storage with junk, halving the chunk until nothing more fits.
  await page.evaluate(() => {
    let chunk = 1 << 22;
    let i = 0;
    while (chunk >= 16) {
      try {
        localStorage.setItem(`junk-${i++}`, 'x'.repeat(chunk));
      } catch {
        chunk >>= 1;
      }
    }
  });
  await designer.rename('general', 'not-yet-saved');
  const notice = page.getByRole('alert').filter({ hasText: 'would not save your latest changes' });
  await expect(notice).toBeVisible();
  await expect(designer.node('not-yet-saved')).toHaveCount(1);
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Save project file' }).click();
  const file = await download;
  expect(await readFile(await file.path(), 'utf8')).toContain('not-yet-saved');

  // Room again: the next change is stored, and says so.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('junk-')) localStorage.removeItem(key);
  });
  await designer.rename('not-yet-saved', 'saved-after-all');
  await expect(page.getByText('saved in this browser again')).toBeVisible();
  await page.reload();
  await expect(designer.node('saved-after-all')).toHaveCount(1);
});

test('a deeply nested saved design opens with a message and a download, never a blank page', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.rename('general', 'kept-pool');
  await storedContains(page, 'kept-pool');
  const key = await openDesignKey(page);
  const damaged = await page.evaluate((k) => {
    const raw = localStorage.getItem(k) ?? '';
    const at = raw.indexOf('"spec":{');
    const deep = '{"a":'.repeat(1000) + '1' + '}'.repeat(1000);
    const value = `${raw.slice(0, at)}"extra":${deep},${raw.slice(at)}`;
    localStorage.setItem(k, value);
    return value;
  }, key);
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'could not be opened' });
  await expect(notice).toContainText('nests deeper');
  await expect(designer.nodes('nodePool')).toHaveCount(EXAMPLE.nodePools);
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the saved data' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe(damaged);
  // kept aside once, not once per load
  await page.reload();
  await expect(designer.nodes('nodePool')).toHaveCount(EXAMPLE.nodePools);
  const copies = await page.evaluate(
    () => Object.keys(localStorage).filter((k) => k.includes(':unreadable:')).length,
  );
  expect(copies).toBe(1);
});

test('a failure while drawing shows a message with the design to download', async ({ page }) => {
  // The canvas measures its nodes with ResizeObserver; a browser where that fails must still
  // leave the user a way to take their design with them.
  await page.addInitScript(() => {
    window.ResizeObserver = class {
      constructor() {
        throw new Error('ResizeObserver is broken in this browser');
      }
    } as unknown as typeof ResizeObserver;
  });
  await page.goto('/');
  const failure = page.getByTestId('render-failure');
  await expect(failure).toContainText('Something went wrong');
  await expect(failure).toContainText('ResizeObserver is broken');
  const download = page.waitForEvent('download');
  await failure.getByRole('button', { name: 'Download the design' }).click();
  const text = await readFile(await (await download).path(), 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'nodepool-designer', name: 'Example design' });
  expect(text).toContain('gpu-spot');
});

test('undo is off while a shared design is shown, and Make a copy copies the shared design', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.rename('general', 'shared-pool');
  await page.getByTestId('share-link').click();
  const url = await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toMatch(/#design=/)
    .then(() => page.evaluate(() => navigator.clipboard.readText()));
  await designer.rename('shared-pool', 'own-pool');

  // The link pasted into the address bar of this same tab: only the fragment changes.
  await page.evaluate((hash) => {
    location.hash = hash;
  }, new URL(url).hash);
  await expect(page.getByTestId('shared-banner')).toBeVisible();
  await expect(designer.node('shared-pool')).toHaveCount(1);
  await expect(page.getByTestId('undo')).toBeDisabled();
  await designer.pane.click({ position: { x: 600, y: 40 } });
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(designer.node('shared-pool')).toHaveCount(1);
  await expect(designer.node('own-pool')).toHaveCount(0);

  await page.getByTestId('make-copy').click();
  await expect(page.getByTestId('shared-banner')).toHaveCount(0);
  await expect(designer.node('shared-pool')).toHaveCount(1);
  await expect(page.getByTestId('design-name')).toHaveValue('Shared design');
  // the visitor's own design is in the list as it was
  await openFromList(designer, 'Example design');
  await expect(designer.node('own-pool')).toHaveCount(1);
});
