import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { TEMPLATES } from '../src/domain/templates/templates';
import { Designer } from './support/designer';
import { unreadableCopies, writeStoredEntries } from './support/storedEntries';

test('a template opens as a new named design, is changed, shared, and the example stays in the list', async ({
  page,
  browser,
}) => {
  const designer = new Designer(page);
  await designer.open();
  await designer.rename('general', 'kept-from-before');

  await designer.openStartScreen();
  const start = page.getByTestId('start-screen');
  await expect(start.getByTestId('template-card')).toHaveCount(TEMPLATES.length);
  await start
    .locator('[data-template="spot-with-on-demand-fallback"]')
    .getByTestId('use-template')
    .click();
  await expect(start).toBeHidden();
  await expect(page.getByTestId('design-name')).toHaveValue('Spot with on-demand fallback');
  await expect(designer.node('spot')).toHaveCount(1);
  await expect(designer.node('on-demand')).toHaveCount(1);
  await expect(designer.node('kept-from-before')).toHaveCount(0);
  await expect(
    page.getByTestId('problem').and(page.locator('[data-severity="error"]')),
  ).toHaveCount(0);

  // change it, then share it with another machine
  await designer.rename('spot', 'spot-workshop');
  await page.getByTestId('share-link').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/#design=/);
  const url = await page.evaluate(() => navigator.clipboard.readText());
  const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const instructor = new Designer(await other.newPage());
  await instructor.page.goto(url);
  await expect(instructor.page.getByTestId('shared-banner')).toBeVisible();
  await expect(instructor.node('spot-workshop')).toHaveCount(1);
  await expect(instructor.node('on-demand')).toHaveCount(1);
  await expect(instructor.node('default')).toHaveCount(1);
  await other.close();

  // the design from before is one click away, as it was
  await designer.openStartScreen();
  const entries = start.getByTestId('design-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('Spot with on-demand fallback');
  await expect(entries.first()).toContainText('open now');
  await entries
    .filter({ hasText: 'Example design' })
    .getByRole('button', { name: 'Example design', exact: true })
    .click();
  await expect(designer.node('kept-from-before')).toHaveCount(1);
  await expect(page.getByTestId('design-name')).toHaveValue('Example design');
  // and both survive a reload
  await page.reload();
  await expect(designer.node('kept-from-before')).toHaveCount(1);
  await designer.openStartScreen();
  await expect(entries).toHaveCount(2);
});

test('designs in the browser can be renamed, duplicated and deleted from the start screen', async ({
  page,
  designer,
}) => {
  await designer.open();
  await page.getByTestId('design-name').fill('Team A cluster');
  await page.getByTestId('design-name').press('Enter');
  await expect(page).toHaveTitle('\u2068Team A cluster\u2069 — NodePool Designer');

  await designer.openStartScreen();
  const start = page.getByTestId('start-screen');
  const entries = start.getByTestId('design-entry');
  await start.getByRole('button', { name: 'Duplicate Team A cluster' }).click();
  await expect(entries).toHaveCount(2);
  await expect(entries.filter({ hasText: 'Team A cluster copy' })).toHaveCount(1);

  await start.getByRole('button', { name: 'Rename Team A cluster copy' }).click();
  await start.getByTestId('design-rename-input').fill('<b>Team B</b>');
  await start.getByTestId('design-rename-input').press('Enter');
  // a name is text, never markup
  await expect(entries.filter({ hasText: '<b>Team B</b>' })).toHaveCount(1);

  await start.getByRole('button', { name: 'Delete <b>Team B</b>' }).click();
  await page.getByRole('button', { name: 'Delete design' }).click();
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('Team A cluster');
});

test('a damaged list of stored designs says which could not be read and keeps the rest', async ({
  page,
  designer,
}) => {
  await designer.open();
  await writeStoredEntries(page, {
    'nodepool-designer:designs': JSON.stringify({
      version: 2,
      entries: [
        { id: 'ok', name: 'Still fine', updatedAt: 1, design: { resources: {} } },
        { id: 'bad', name: 'Half written', updatedAt: 2, design: { resources: 7 } },
      ],
    }),
  });
  await page.reload();
  await designer.openStartScreen();
  await expect(page.getByRole('alert').filter({ hasText: '"Half written"' })).toBeVisible();
  const entries = page.getByTestId('design-entry');
  await expect(entries.filter({ hasText: 'Still fine' })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'Half written' })).toHaveCount(0);
  // the stored text is kept aside for the user, not thrown away, and only once
  await expect.poll(async () => (await unreadableCopies(page)).length).toBe(1);
  const kept = await unreadableCopies(page);
  expect(kept[0]).toContain('"resources":7');
  await page.keyboard.press('Escape');
  await designer.openStartScreen();
  await expect(page.getByRole('alert').filter({ hasText: '"Half written"' })).toHaveCount(1);
  await expect(designer.node('general')).toHaveCount(1);
});

test('the list follows a design added in another tab', async ({ page, context, designer }) => {
  await designer.open();
  await designer.openStartScreen();
  await expect(page.getByTestId('design-entry')).toHaveCount(1);

  const other = await context.newPage();
  await other.goto('/');
  await other.getByTestId('open-start-screen').click();
  await other.getByRole('button', { name: 'Duplicate Example design' }).click();
  await expect(page.getByTestId('design-entry')).toHaveCount(2);
  await expect(
    page.getByTestId('design-entry').filter({ hasText: 'Example design copy' }),
  ).toHaveCount(1);
});

test('a browser that will not store another design says so, and the work of the open one is kept', async ({
  page,
}) => {
  // IndexedDB refuses any transaction that writes the list of designs (a full disk).
  await page.addInitScript(() => {
    const put = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put')?.value as (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) => IDBRequest<IDBValidKey>;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value, key) {
      if (key === 'nodepool-designer:designs') throw new DOMException('full', 'QuotaExceededError');
      return put.call(this, value, key);
    };
  });
  const designer = new Designer(page);
  await designer.open();
  await designer.rename('general', 'unsaved-work');
  await designer.openStartScreen();
  await page.getByTestId('use-template').first().click();
  const notice = page.getByRole('alert').filter({ hasText: 'would not store the last change' });
  await expect(notice).toContainText('its storage is full');
  // The design left as the template opened was not stored: its changes are in the download.
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the saved data' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toContain('unsaved-work');
});
