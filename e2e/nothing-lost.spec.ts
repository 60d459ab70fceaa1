import { type Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { EXAMPLE } from './support/example';
import { readFile } from 'node:fs/promises';
import { Designer } from './support/designer';
import { storedEntry, unreadableCopies, writeStoredEntries } from './support/storedEntries';

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
  await expect.poll(async () => (await storedEntry(page, key)) ?? '').toContain(text);
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
  const raw = (await storedEntry(page, key)) ?? '';
  const rev = Number(/^\{"rev":(\d+)/.exec(raw)?.[1] ?? '0');
  const theirs = raw
    .replace(/^\{"rev":\d+/, `{"rev":${rev + 5}`)
    .replaceAll('saved-once', 'theirs-newer');
  await writeStoredEntries(page, { [key]: theirs });
  // This tab has an edit not yet written when another tab, having stored a newer revision,
  // tells it so: writing now would replace the newer work. Both in one task, as a race has it.
  await page.evaluate(
    ([k, stored]) => {
      const field = document.querySelector<HTMLInputElement>('[data-testid="field-name"]');
      const value = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
      if (!field || !value?.set) throw new Error('no name field');
      // React keeps its own copy of an input's value: only the native setter reaches it.
      value.set.call(field, 'mine-unsaved');
      field.dispatchEvent(new Event('input', { bubbles: true }));
      new BroadcastChannel('nodepool-designer:storage').postMessage({ key: k, value: stored });
    },
    [key, theirs],
  );
  const conflict = page.getByRole('alert').filter({ hasText: 'also changed in another tab' });
  await expect(conflict).toBeVisible();
  await page.waitForTimeout(1500); // past the autosave's pause: it must not have written
  expect(await storedEntry(page, key)).toContain('theirs-newer');

  await conflict.getByRole('button', { name: "Take the other tab's" }).click();
  await expect(designer.node('theirs-newer')).toHaveCount(1);
  await openFromList(designer, "Example design (this tab's changes)");
  await expect(designer.node('mine-unsaved')).toHaveCount(1);
});

test('a refused autosave says so at once, keeps the edit and offers the project file', async ({
  page,
  designer,
}) => {
  // A full disk: IndexedDB refuses every write while `diskFull` is set. (Chromium's quota
  // override through the DevTools protocol does not make IndexedDB refuse small writes.)
  await page.addInitScript(() => {
    const put = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put')?.value as (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) => IDBRequest<IDBValidKey>;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value, key) {
      if (sessionStorage.getItem('diskFull') !== null) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.call(this, value, key);
    };
  });
  await designer.open();
  await page.evaluate(() => sessionStorage.setItem('diskFull', 'yes'));
  await designer.rename('general', 'not-yet-saved');
  const notice = page.getByRole('alert').filter({ hasText: 'would not save your latest changes' });
  await expect(notice).toBeVisible();
  await expect(designer.node('not-yet-saved')).toHaveCount(1);
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Save project file' }).click();
  const file = await download;
  expect(await readFile(await file.path(), 'utf8')).toContain('not-yet-saved');

  // Room again: the next change is stored, and says so.
  await page.evaluate(() => sessionStorage.removeItem('diskFull'));
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
  const raw = (await storedEntry(page, key)) ?? '';
  const at = raw.indexOf('"spec":{');
  const deep = '{"a":'.repeat(1000) + '1' + '}'.repeat(1000);
  const damaged = `${raw.slice(0, at)}"extra":${deep},${raw.slice(at)}`;
  // Closed first, so its last write cannot land after the damage.
  await page.goto('about:blank');
  await page.goto('/');
  await writeStoredEntries(page, { [key]: damaged });
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
  expect(await unreadableCopies(page)).toHaveLength(1);
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
